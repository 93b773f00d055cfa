/**
 * Sub-national and supra-national places: U.S. states, capitals and large cities (with their
 * country, for LOCATED_IN when the article names both), world regions and bodies of water.
 * Generic gazetteers only; nothing here is specific to any article.
 */

/** Kinds of place; maritime places are where ships are deployed. */
export type PlaceKind = 'country' | 'state' | 'city' | 'region' | 'water' | 'facility';

/** U.S. states plus D.C. (their country is the United States). */
export const US_STATES =
  `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii
Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York North_Carolina
North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah
Vermont Virginia Washington_State West_Virginia Wisconsin Wyoming District_of_Columbia`
    .split(/\s+/)
    .map((s) => s.replace(/_/g, ' '));

/** Capitals and large cities: "City|alias=Country". */
const CITIES = `Washington|Washington D.C.|Washington, D.C.=United States
New York|New York City|NYC=United States
Los Angeles=United States
Chicago=United States
Houston=United States
Miami=United States
San Diego=United States
El Paso=United States
Phoenix=United States
Atlanta=United States
Boston=United States
Philadelphia=United States
Dallas=United States
Seattle=United States
San Francisco=United States
Mexico City=Mexico
Guadalajara=Mexico
Monterrey=Mexico
Tijuana=Mexico
Ciudad Juárez|Juárez=Mexico
Bogotá|Bogota=Colombia
Caracas=Venezuela
Havana=Cuba
Quito=Ecuador
Lima=Peru
Santiago=Chile
Buenos Aires=Argentina
Brasília|Brasilia=Brazil
São Paulo|Sao Paulo=Brazil
Rio de Janeiro=Brazil
Montevideo=Uruguay
Asunción=Paraguay
La Paz=Bolivia
Panama City=Panama
San José=Costa Rica
Managua=Nicaragua
Tegucigalpa=Honduras
San Salvador=El Salvador
Guatemala City=Guatemala
Santo Domingo=Dominican Republic
Port-au-Prince=Haiti
Kingston=Jamaica
Ottawa=Canada
Toronto=Canada
Montreal=Canada
Vancouver=Canada
London=United Kingdom
Paris=France
Berlin=Germany
Madrid=Spain
Rome=Italy
Brussels=Belgium
The Hague=Netherlands
Amsterdam=Netherlands
Geneva=Switzerland
Vienna=Austria
Warsaw=Poland
Kyiv|Kiev=Ukraine
Moscow=Russia
Beijing=China
Shanghai=China
Tokyo=Japan
Seoul=South Korea
Pyongyang=North Korea
Taipei=Taiwan
Manila=Philippines
Hanoi=Vietnam
Bangkok=Thailand
Jakarta=Indonesia
New Delhi|Delhi=India
Islamabad=Pakistan
Kabul=Afghanistan
Tehran=Iran
Baghdad=Iraq
Damascus=Syria
Beirut=Lebanon
Jerusalem=Israel
Tel Aviv=Israel
Amman=Jordan
Riyadh=Saudi Arabia
Doha=Qatar
Dubai=United Arab Emirates
Abu Dhabi=United Arab Emirates
Ankara=Turkey
Istanbul=Turkey
Cairo=Egypt
Nairobi=Kenya
Lagos=Nigeria
Abuja=Nigeria
Johannesburg=South Africa
Pretoria=South Africa
Canberra=Australia
Sydney=Australia
Wellington=New Zealand
Baku=Azerbaijan
Yerevan=Armenia
Tbilisi=Georgia
Minsk=Belarus
Stockholm=Sweden
Oslo=Norway
Copenhagen=Denmark
Helsinki=Finland
Lisbon=Portugal
Athens=Greece
Dublin=Ireland
Nuuk=Greenland
San Juan=Puerto Rico`;

/** Regions and bodies of water: "Name|alias=kind". */
const REGIONS = `Caribbean|Caribbean Sea=water
Pacific|Pacific Ocean|Eastern Pacific|western Pacific=water
Atlantic|Atlantic Ocean=water
Indian Ocean=water
Arctic|Arctic Ocean=water
Mediterranean|Mediterranean Sea=water
Red Sea=water
Black Sea=water
Baltic Sea|Baltic=water
North Sea=water
South China Sea=water
East China Sea=water
Arabian Sea=water
Sea of Japan=water
Gulf of Mexico|Gulf of America=water
Gulf of Aden=water
Persian Gulf=water
Gulf of Oman=water
Strait of Hormuz=water
Taiwan Strait=water
Bab el-Mandeb=water
Panama Canal=water
Suez Canal=water
Rio Grande=water
Latin America=region
Central America=region
South America=region
North America=region
Americas=region
Western Hemisphere=region
Middle East=region
Near East=region
Central Asia=region
South Asia=region
Southeast Asia=region
East Asia=region
Asia=region
Asia-Pacific=region
Indo-Pacific=region
Europe=region
Eastern Europe=region
Western Europe=region
Africa=region
North Africa=region
West Africa=region
East Africa=region
Sub-Saharan Africa=region
Horn of Africa=region
Sahel=region
Balkans=region
Caucasus=region
Scandinavia=region
Oceania=region
Antarctica=region
Andes=region
Amazon=region
Yucatán Peninsula|Yucatan Peninsula=region
Baja California=region
White House=facility
Capitol|Capitol Hill=facility
Guantanamo Bay|Guantánamo Bay=facility`;

/** A place lexicon entry. */
export interface PlaceEntry {
  name: string;
  aliases: string[];
  kind: PlaceKind;
  /** For cities and states: the country they are in. */
  country?: string;
}

/** Every non-country place entry. */
export const PLACES: readonly PlaceEntry[] = [
  ...US_STATES.map((name): PlaceEntry => ({ name, aliases: [], kind: 'state', country: 'United States' })),
  ...CITIES.split('\n').map((line): PlaceEntry => {
    const [names = '', country = ''] = line.split('=');
    const [name = '', ...aliases] = names.split('|');
    return { name, aliases, kind: 'city', country };
  }),
  ...REGIONS.split('\n').map((line): PlaceEntry => {
    const [names = '', kind = 'region'] = line.split('=');
    const [name = '', ...aliases] = names.split('|');
    return { name, aliases, kind: kind as PlaceKind };
  }),
];

/** Last words that make a capitalized span a place ("Papuda Prison", "Kings County"). */
export const PLACE_TAIL_WORDS = new Set(
  `City Province State County Island Islands Prison Penitentiary Airport Base Port Harbor River Bay Sea Ocean
Strait Canal Desert Valley Mountains Peninsula Lake Coast Border Crossing Square Palace Plaza Street Avenue
Bridge Dam Refinery Camp Barracks Airfield Castle Stadium Cathedral Park Tower Fortress Facility Terminal
Channel Checkpoint Compound Zone Field Oilfield Shoal Shoals Reef Reefs Atoll Archipelago Lagoon Gap Pass Gorge Jetty Pier Wharf Quay Dockyard Harbour
District Region Governorate Prefecture Oblast`.split(/\s+/),
);

/** First words that make a capitalized span a place ("Gulf of Aden", "Port of Manzanillo"). */
export const PLACE_HEAD_WORDS = new Set([
  'Gulf',
  'Strait',
  'Port',
  'Sea',
  'Lake',
  'Mount',
  'Isla',
  'Cape',
  'Fort',
  'Horn',
  'Bay',
  'Isle',
  'Straits',
]);
