/**
 * Countries and territories with their common short forms and demonyms. Generic world knowledge:
 * every sovereign state plus the dependent territories that news treats as places of their own,
 * and the former states history pieces still name (Soviet Union, Yugoslavia).
 * Format: "Canonical Name|alias|alias;demonym|demonym". Demonyms are adjectives ("Mexican"); they
 * qualify titles and bodies but are never entities themselves (ANNOTATION.md).
 */
const RAW = `Afghanistan;Afghan
Albania;Albanian
Algeria;Algerian
Andorra;Andorran
Angola;Angolan
Antigua and Barbuda;Antiguan
Argentina;Argentine|Argentinian
Armenia;Armenian
Australia;Australian
Austria;Austrian
Azerbaijan;Azerbaijani
Bahamas|The Bahamas;Bahamian
Bahrain;Bahraini
Bangladesh;Bangladeshi
Barbados;Barbadian
Belarus;Belarusian
Belgium;Belgian
Belize;Belizean
Benin;Beninese
Bhutan;Bhutanese
Bolivia;Bolivian
Bosnia and Herzegovina|Bosnia|Bosnia-Herzegovina|Bosnia-Hercegovina;Bosnian
Botswana;Botswanan
Brazil;Brazilian
Brunei;Bruneian
Bulgaria;Bulgarian
Burkina Faso;Burkinabe
Burundi;Burundian
Cambodia;Cambodian
Cameroon;Cameroonian
Canada;Canadian
Cape Verde|Cabo Verde;Cape Verdean
Central African Republic;Central African
Chad;Chadian
Chile;Chilean
China|People's Republic of China|PRC;Chinese
Colombia;Colombian
Comoros;Comoran
Democratic Republic of the Congo|Democratic Republic of Congo|DRC|DR Congo|D.R. Congo;Congolese
Republic of the Congo
Costa Rica;Costa Rican
Ivory Coast|Côte d'Ivoire;Ivorian
Croatia;Croatian
Cuba;Cuban
Cyprus;Cypriot
Czech Republic|Czechia;Czech
Denmark;Danish
Djibouti;Djiboutian
Dominica
Dominican Republic;Dominican
Ecuador;Ecuadorian|Ecuadoran
Egypt;Egyptian
El Salvador;Salvadoran|Salvadorean
Equatorial Guinea;Equatoguinean
Eritrea;Eritrean
Estonia;Estonian
Eswatini|Swaziland;Swazi
Ethiopia;Ethiopian
Fiji;Fijian
Finland;Finnish
France;French
Gabon;Gabonese
Gambia|The Gambia;Gambian
Georgia;Georgian
Germany;German
Ghana;Ghanaian
Greece;Greek
Grenada;Grenadian
Guatemala;Guatemalan
Guinea;Guinean
Guinea-Bissau
Guyana;Guyanese|Guyanan
Haiti;Haitian
Honduras;Honduran
Hungary;Hungarian
Iceland;Icelandic
India;Indian
Indonesia;Indonesian
Iran;Iranian
Iraq;Iraqi
Ireland;Irish
Israel;Israeli
Italy;Italian
Jamaica;Jamaican
Japan;Japanese
Jordan;Jordanian
Kazakhstan;Kazakh
Kenya;Kenyan
Kiribati
Kosovo;Kosovar
Kuwait;Kuwaiti
Kyrgyzstan;Kyrgyz
Laos;Lao|Laotian
Latvia;Latvian
Lebanon;Lebanese
Lesotho
Liberia;Liberian
Libya;Libyan
Liechtenstein
Lithuania;Lithuanian
Luxembourg
Madagascar;Malagasy
Malawi;Malawian
Malaysia;Malaysian
Maldives;Maldivian
Mali;Malian
Malta;Maltese
Marshall Islands
Mauritania;Mauritanian
Mauritius;Mauritian
Mexico;Mexican
Micronesia
Moldova;Moldovan
Monaco
Mongolia;Mongolian
Montenegro;Montenegrin
Morocco;Moroccan
Mozambique;Mozambican
Myanmar|Burma;Burmese
Namibia;Namibian
Nauru
Nepal;Nepali|Nepalese
Netherlands|Holland;Dutch
New Zealand
Nicaragua;Nicaraguan
Niger;Nigerien
Nigeria;Nigerian
North Korea|DPRK;North Korean
North Macedonia|Macedonia;Macedonian
Norway;Norwegian
Oman;Omani
Pakistan;Pakistani
Palau
Palestine|Palestinian territories;Palestinian
Panama;Panamanian
Papua New Guinea
Paraguay;Paraguayan
Peru;Peruvian
Philippines;Filipino|Philippine
Poland;Polish
Portugal;Portuguese
Qatar;Qatari
Romania;Romanian
Russia|Russian Federation;Russian
Rwanda;Rwandan
Saint Kitts and Nevis
Saint Lucia
Saint Vincent and the Grenadines
Samoa;Samoan
San Marino
Sao Tome and Principe
Saudi Arabia;Saudi
Senegal;Senegalese
Serbia;Serbian
Seychelles
Sierra Leone;Sierra Leonean
Singapore;Singaporean
Slovakia;Slovak
Slovenia;Slovenian
Solomon Islands
Somalia;Somali
South Africa;South African
South Korea|Korea|Republic of Korea;South Korean|Korean
South Sudan;South Sudanese
Spain;Spanish
Sri Lanka;Sri Lankan|Lankan
Sudan;Sudanese
Suriname;Surinamese
Sweden;Swedish
Switzerland;Swiss
Syria;Syrian
Taiwan;Taiwanese
Tajikistan;Tajik
Tanzania;Tanzanian
Thailand;Thai
Timor-Leste|East Timor
Togo;Togolese
Tonga
Trinidad and Tobago;Trinidadian
Tunisia;Tunisian
Turkey|Türkiye;Turkish
Turkmenistan;Turkmen
Tuvalu
Uganda;Ugandan
Ukraine;Ukrainian
United Arab Emirates|UAE|U.A.E.;Emirati
United Kingdom|UK|U.K.|Britain|Great Britain;British
United States|U.S.|US|USA|U.S.A.|America|United States of America;American
Uruguay;Uruguayan
Uzbekistan;Uzbek
Vanuatu
Vatican|Vatican City|Holy See
Venezuela;Venezuelan
Vietnam;Vietnamese
Yemen;Yemeni
Zambia;Zambian
Zimbabwe;Zimbabwean
Puerto Rico;Puerto Rican
Greenland;Greenlandic
Guam
Hong Kong
Macau
Gaza|Gaza Strip
West Bank
Crimea
Aruba
Curaçao
Bermuda
Cayman Islands
U.S. Virgin Islands
British Virgin Islands
Turks and Caicos
Martinique
Guadeloupe
French Guiana
Western Sahara
Northern Ireland
Scotland;Scottish
England;English
Wales;Welsh
Soviet Union|USSR;Soviet
Yugoslavia;Yugoslav
Czechoslovakia;Czechoslovak
East Germany
West Germany`;

/** One country or territory. */
export interface CountryEntry {
  name: string;
  aliases: string[];
  demonyms: string[];
}

/** Every country/territory entry, parsed once. */
export const COUNTRIES: readonly CountryEntry[] = RAW.split('\n').map((line) => {
  const [names = '', dem = ''] = line.split(';');
  const [name = '', ...aliases] = names.split('|');
  return { name, aliases, demonyms: dem ? dem.split('|') : [] };
});

/** Short prefixes used in front of a body's name ("U.S. Department of State"). */
export const COUNTRY_PREFIX: Readonly<Record<string, string>> = {
  'United States': 'U.S.',
  'United Kingdom': 'U.K.',
};
