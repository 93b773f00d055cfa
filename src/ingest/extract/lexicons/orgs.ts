/**
 * Organization vocabulary: head words that make a capitalized span a body, well-known generic
 * acronyms, military branches, national institutions known by a building's name, and news outlets.
 */

/** Head words that end a body's name ("Drug Enforcement Administration", "Mexican Navy"). */
export const ORG_TAIL_WORDS = new Set(
  `Department Ministry Bureau Agency Administration Command Office Council Court Commission Committee Service
Services Force Forces Army Navy Guard Police Corps Party Institute University College Bank Fund Organization
Organisation Union Association Alliance Foundation Corporation Company Inc Corp Ltd LLC Group Authority
Protection Enforcement Patrol Secretariat Senate Congress Parliament Assembly Cabinet Chamber Board Tribunal
Directorate Coalition Federation Cartel Network Marines Prosecutor Prosecutors Attorney Tribune Times Post
Journal Press News Herald Gazette Telegraph Guardian Mail Today Daily Broadcasting Radio Television Network Airlines Reserve
Embassy Consulate Center Centre
Judiciary Legislature Commonwealth Caucus Mission Embassy Consulate Unit Brigade Battalion Division Fleet
Squadron Regiment Movement Community Operations Holdings Industries Technologies Systems Motors
Airways Petroleum Pharmaceuticals Media Partners Capital Logistics Shipping Enterprises Co plc PLC AG GmbH LLP
Investigations Centers Centres Staff Front Brigades Militia Wing Flotilla Branch Limited`.split(/\s+/),
);

/** Words that start a body's name when followed by "of" ("Department of State", "Bank of Mexico"). */
export const ORG_HEAD_WORDS = new Set(
  `Department Ministry Bureau Office Secretariat Court Bank Council Commission Committee Agency Board Institute
University Organization Organisation Federation Union Association League Embassy Consulate Directorate
House Chamber Center Centre Centers Centres Chiefs Alliance Foundation Institute Coalition Fund`.split(/\s+/),
);

/**
 * Spanish, Portuguese, Italian and French head words that open a body's name ("Policía Nacional",
 * "Fiscalía General de la República", "Polizia di Stato", "Forças Armadas").
 */
export const FOREIGN_BODY_HEADS = new Set(
  `Policía Policia Polícia Polizia Guardia Fiscalía Fiscalia Procuraduría Procuradoria Procura Secretaría
Ministerio Ministério Ministero Ministère Ejército Exército Esercito Armada Marinha Fuerza Fuerzas Força Forças
Gendarmería Gendarmerie Prefectura Carabineros Tribunale Corte Juzgado Senado Congreso Congresso Consejo
Conselho Consiglio Comisión Comissão Instituto Istituto Dirección Direção Agencia Agência Superintendencia
Unidad Unidade Servicio Serviço Banco Partido Partito Movimiento Asamblea Assembleia Cámara Câmara Defensoría
Contraloría Sindicato Salvamento`.split(/\s+/),
);

/** Heads of military units written with a number after them ("Destroyer Squadron 15"). */
export const UNIT_HEADS =
  /^(?:Squadron|Force|Group|Fleet|Wing|Division|Brigade|Regiment|Battalion|Flotilla)$/;

/** A country's armed forces named by their branch alone ("the Navy", "the military"). */
export const ARMED_FORCE_WORDS = [
  'Navy',
  'Army',
  'Marines',
  'Air Force',
  'Coast Guard',
  'National Guard',
  'Marine Corps',
  'Space Force',
  'military',
];

/** Heads of national bodies: an unqualified one belongs to the article's home country. */
export const NATIONAL_BODY_WORDS = ['Department', 'Ministry', ...ARMED_FORCE_WORDS, 'Secretariat'];

/** Military branches that are named alone ("the Navy", "Marines"). */
export const MILITARY_BRANCHES = new Set([
  'Navy',
  'Army',
  'Air Force',
  'Marines',
  'Marine Corps',
  'Coast Guard',
  'National Guard',
  'Space Force',
  'Armed Forces',
  'Special Forces',
]);

/** Well-known generic agency and body acronyms: "ACR=Full Name" (the full name may be empty). */
const ACRONYMS = `FBI=Federal Bureau of Investigation
CIA=Central Intelligence Agency
DEA=Drug Enforcement Administration
ATF=Bureau of Alcohol, Tobacco, Firearms and Explosives
DHS=Department of Homeland Security
DOJ=Department of Justice
DOD=Department of Defense
NSA=National Security Agency
ICE=Immigration and Customs Enforcement
CBP=Customs and Border Protection
TSA=Transportation Security Administration
FEMA=Federal Emergency Management Agency
IRS=Internal Revenue Service
OFAC=Office of Foreign Assets Control
FinCEN=Financial Crimes Enforcement Network
USCG=Coast Guard
SOUTHCOM=U.S. Southern Command
NORTHCOM=U.S. Northern Command
CENTCOM=U.S. Central Command
INDOPACOM=U.S. Indo-Pacific Command
NATO=North Atlantic Treaty Organization
ISIS=Islamic State
ISIL=Islamic State
G7=Group of Seven
G20=Group of 20
UN=United Nations
U.N.=United Nations
EU=European Union
OAS=Organization of American States
IMF=International Monetary Fund
WHO=World Health Organization
WTO=World Trade Organization
OPEC=Organization of the Petroleum Exporting Countries
ASEAN=Association of Southeast Asian Nations
ICC=International Criminal Court
UNODC=United Nations Office on Drugs and Crime
INTERPOL=Interpol
Europol=Europol
SEDENA=Secretariat of National Defense
SEMAR=Secretariat of the Navy
FGR=Attorney General's Office
AP=Associated Press
AFP=Agence France-Presse
BBC=BBC
CNN=CNN
NPR=NPR
NBC=NBC News
CBS=CBS News
ABC=ABC News
NYT=New York Times
WSJ=Wall Street Journal`;

/** Acronym → full name (full name may equal the acronym when none is used in practice). */
export const KNOWN_ACRONYMS: ReadonlyMap<string, string> = new Map(
  ACRONYMS.split('\n').map((line) => {
    const [acr = '', full = ''] = line.split('=');
    return [acr, full];
  }),
);

/** Names of bodies known by a building or single word, with the country they belong to. */
export const INSTITUTIONS: ReadonlyMap<string, string | null> = new Map([
  ['Pentagon', 'United States'],
  // The British services are the only ones called "Royal …" with no country in the name.
  ['Royal Navy', 'United Kingdom'],
  ['Royal Air Force', 'United Kingdom'],
  ['Royal Marines', 'United Kingdom'],
  ['Kremlin', 'Russia'],
  // National police forces known by their own-language names.
  ['Guardia Civil', 'Spain'],
  ["Mossos d'Esquadra", 'Spain'],
  ['Carabinieri', 'Italy'],
  ['Guardia di Finanza', 'Italy'],
  ['Gendarmerie nationale', 'France'],
  ['An Garda Síochána', 'Ireland'],
  ['Garda Síochána', 'Ireland'],
  ['Bundespolizei', 'Germany'],
  ['Bundeskriminalamt', 'Germany'],
  ['Carabineros', 'Chile'],
  ['Policía Federal', 'Argentina'],
  ['Polícia Federal', 'Brazil'],
  ['Congress', 'United States'],
  // "The U.S. Treasury on Monday sanctioned …": the finance ministry by its own one-word name.
  ['Treasury', null],
  ['Supreme Court', null],
  ['Interpol', null],
  // The European Union's border, judicial and anti-fraud agencies, named by one word.
  ['Frontex', null],
  ['Eurojust', null],
  ['United Nations', null],
  ['European Union', null],
  ['Security Council', null],
  ['Reuters', null],
  // Wire services known by one name or their letters: entities only where the article cites them.
  ['Agence France-Presse', null],
  ['Xinhua', null],
  ['Yonhap', null],
  ['Jiji Press', null],
  ['TASS', null],
  ['Interfax', null],
  ['Anadolu Agency', null],
  ['EFE', null],
  ['Bernama', null],
  ['KUNA', null],
  ['IRNA', null],
  ['IANS', null],
  ['ANI', null],
  ['Europa Press', null],
  ['Bloomberg', null],
  ['Associated Press', null],
  ['Fox News', null],
  ['Al Jazeera', null],
  // Armed groups on the U.S. State Department's list of Foreign Terrorist Organizations, in the
  // spelling news uses, that no rule could type: one name, no head noun ("Hezbollah fired …").
  ['Islamic State', null],
  ['Hezbollah', null],
  ['Taliban', null],
  ['Boko Haram', null],
  ['Hamas', null],
  ['Palestinian Islamic Jihad', null],
  ['Islamic Jihad', null],
  ['al-Qaeda', null],
  ['al-Qaida', null],
  ['al-Shabaab', null],
  ['al-Shabab', null],
  ['Kataib Hezbollah', null],
  ["Kata'ib Hizballah", null],
  ['Lashkar-e-Taiba', null],
  ['Lashkar-e-Tayyiba', null],
  ['Jaish-e-Mohammed', null],
  ['Hayat Tahrir al-Sham', null],
  ['Abu Sayyaf', null],
  ['Al-Aqsa Martyrs Brigade', null],
]);

/** The countries whose ministries call themselves "Department of X" (U.S. federal naming). */
export const DEPARTMENT_STYLE_COUNTRY = 'United States';

/**
 * Policy areas of departments and ministries, used three ways: "Department of X" ↔ "X Department",
 * "Secretary of X" / "X Secretary" / "X Minister" titles that imply the department.
 */
export const POLICY_AREAS = [
  'State',
  'Defense',
  'Defence',
  'War',
  'Justice',
  'Treasury',
  'the Treasury',
  'Homeland Security',
  'Commerce',
  'Energy',
  'Agriculture',
  'Labor',
  'Education',
  'Health',
  'Health and Human Services',
  'Transportation',
  'Interior',
  'Veterans Affairs',
  'Housing and Urban Development',
  'Foreign Affairs',
  'External Affairs',
  'Public Security',
  'Security',
  'Security and Citizen Protection',
  'National Defense',
  'Finance',
  'Economy',
  'Trade',
  'Foreign',
  'Home',
  'Navy',
  'Army',
  'Air Force',
  'Armed Forces',
  'Public Safety',
  'Home Affairs',
  'Internal Affairs',
  'Higher Education',
  'Immigration',
  'Environment',
  'Shipping',
  'Maritime Affairs',
  'Fisheries',
  'Transport',
  'Tourism',
  'Industry',
  'Defence Industry',
  'Defense Industry',
  'Industry and Trade',
  'Defence Personnel',
  'Veterans',
  'Emergency Situations',
  'Digital Transformation',
  'Strategic Industries',
  'Natural Resources',
  'Mines',
  'Mining',
  'Petroleum',
  'Oil',
  'Labour',
  'Culture',
  'Communications',
  'Information',
  'Science and Technology',
  'Planning',
  'Infrastructure',
  'Public Works',
  'Foreign Trade',
];

/** The policy areas, lower-cased: "public works", "foreign affairs". */
export const POLICY_AREA_WORDS: ReadonlySet<string> = new Set(POLICY_AREAS.map((a) => a.toLowerCase()));

/** The names of designations ("Foreign Terrorist Organization"): categories, never a body. */
export const DESIGNATION_NAME =
  /\b(foreign terrorist organi[sz]ations?|specially designated global terrorists?|global terrorist organi[sz]ations?|transnational criminal organi[sz]ations?|terrorist organi[sz]ations?|terrorist groups?|terrorist entit(?:y|ies)|listed entit(?:y|ies)|narco-?terrorist organi[sz]ations?)\b/i;
