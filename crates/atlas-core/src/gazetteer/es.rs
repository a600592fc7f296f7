//! Names of the actors in news written in es: see [`LocalGazetteer`](super::LocalGazetteer).

use super::{LocalGazetteer, LocalNames};

pub static GAZETTEER: LocalGazetteer = LocalGazetteer {
    countries: COUNTRIES,
    blocs: BLOCS,
    regime: REGIME,
    blockers: BLOCKERS,
    contractions: CONTRACTIONS,
};

/// One entry for every country of [`data::COUNTRIES`](super::data::COUNTRIES), in its order.
static COUNTRIES: &[LocalNames] = &[
    LocalNames {
        code: "DZA",
        names: "Argelia",
        adjectives: "argelino|argelina|argelinos|argelinas",
        seats: "Argel",
    },
    LocalNames {
        code: "AGO",
        names: "Angola",
        adjectives: "angoleño|angoleña|angoleños|angoleñas",
        seats: "Luanda",
    },
    LocalNames {
        code: "BEN",
        names: "Benín",
        adjectives: "beninés|beninesa|benineses|beninesas",
        seats: "Porto Novo|Cotonú",
    },
    LocalNames {
        code: "BWA",
        names: "Botsuana|Botswana",
        adjectives: "botsuano|botsuana|botsuanos|botsuanas",
        seats: "Gaborone",
    },
    LocalNames {
        code: "BFA",
        names: "Burkina Faso",
        adjectives: "burkinés|burkinesa|burkineses|burkinesas|burkinabé|burkinabés",
        seats: "Uagadugú",
    },
    LocalNames {
        code: "BDI",
        names: "Burundi",
        adjectives: "burundés|burundesa|burundeses|burundesas",
        seats: "Gitega|Buyumbura",
    },
    LocalNames {
        code: "CPV",
        names: "Cabo Verde",
        adjectives: "caboverdiano|caboverdiana|caboverdianos|caboverdianas",
        seats: "",
    },
    LocalNames {
        code: "CMR",
        names: "Camerún",
        adjectives: "camerunés|camerunesa|cameruneses|camerunesas",
        seats: "Yaundé",
    },
    LocalNames {
        code: "CAF",
        names: "República Centroafricana|la República Centroafricana|Centroáfrica",
        adjectives: "centroafricano|centroafricana|centroafricanos|centroafricanas",
        seats: "Bangui",
    },
    LocalNames {
        code: "TCD",
        names: "Chad|el Chad",
        adjectives: "chadiano|chadiana|chadianos|chadianas",
        seats: "Yamena",
    },
    LocalNames {
        code: "COM",
        names: "Comoras|las Comoras",
        adjectives: "comorense|comorenses",
        seats: "",
    },
    LocalNames {
        code: "COG",
        names: "República del Congo|Congo-Brazzaville|Congo Brazzaville",
        adjectives: "",
        seats: "Brazzaville",
    },
    LocalNames {
        code: "COD",
        names: "República Democrática del Congo|la República Democrática del Congo|RDC|RD Congo|RD del Congo|Congo-Kinshasa|Congo Kinshasa",
        adjectives: "",
        seats: "Kinsasa|Kinshasa",
    },
    LocalNames {
        code: "CIV",
        names: "Costa de Marfil",
        adjectives: "marfileño|marfileña|marfileños|marfileñas",
        seats: "Yamusukro|Abiyán",
    },
    LocalNames {
        code: "DJI",
        names: "Yibuti|Djibouti",
        adjectives: "yibutiano|yibutiana|yibutianos|yibutianas",
        seats: "",
    },
    LocalNames {
        code: "EGY",
        names: "Egipto",
        adjectives: "egipcio|egipcia|egipcios|egipcias",
        seats: "El Cairo",
    },
    LocalNames {
        code: "GNQ",
        names: "Guinea Ecuatorial",
        adjectives: "ecuatoguineano|ecuatoguineana|ecuatoguineanos|ecuatoguineanas",
        seats: "Malabo",
    },
    LocalNames {
        code: "ERI",
        names: "Eritrea",
        adjectives: "eritreo|eritrea|eritreos|eritreas",
        seats: "Asmara",
    },
    LocalNames {
        code: "SWZ",
        names: "Esuatini|Eswatini|Suazilandia",
        adjectives: "suazi|suazis",
        seats: "Mbabane",
    },
    LocalNames {
        code: "ETH",
        names: "Etiopía",
        adjectives: "etíope|etíopes",
        seats: "Adís Abeba|Addis Abeba",
    },
    LocalNames {
        code: "GAB",
        names: "Gabón",
        adjectives: "gabonés|gabonesa|gaboneses|gabonesas",
        seats: "Libreville",
    },
    LocalNames {
        code: "GMB",
        names: "Gambia|la Gambia",
        adjectives: "gambiano|gambiana|gambianos|gambianas",
        seats: "Banjul",
    },
    LocalNames {
        code: "GHA",
        names: "Ghana",
        adjectives: "ghanés|ghanesa|ghaneses|ghanesas",
        seats: "Acra",
    },
    LocalNames {
        code: "GIN",
        names: "Guinea-Conakri|Guinea Conakri|República de Guinea",
        adjectives: "",
        seats: "Conakri",
    },
    LocalNames {
        code: "GNB",
        names: "Guinea-Bisáu|Guinea-Bissau|Guinea Bisáu|Guinea Bissau",
        adjectives: "bisauguineano|bisauguineana|bisauguineanos|bisauguineanas",
        seats: "Bisáu",
    },
    LocalNames {
        code: "KEN",
        names: "Kenia",
        adjectives: "keniano|keniana|kenianos|kenianas|keniata|keniatas",
        seats: "Nairobi",
    },
    LocalNames {
        code: "LSO",
        names: "Lesoto|Lesotho",
        adjectives: "lesotense|lesotenses",
        seats: "Maseru",
    },
    LocalNames {
        code: "LBR",
        names: "Liberia",
        adjectives: "liberiano|liberiana|liberianos|liberianas",
        seats: "Monrovia",
    },
    LocalNames {
        code: "LBY",
        names: "Libia",
        adjectives: "libio|libia|libios|libias",
        seats: "Trípoli",
    },
    LocalNames {
        code: "MDG",
        names: "Madagascar",
        adjectives: "malgache|malgaches",
        seats: "Antananarivo",
    },
    LocalNames {
        code: "MWI",
        names: "Malaui|Malawi",
        adjectives: "malauí|malauíes",
        seats: "Lilongüe",
    },
    LocalNames {
        code: "MLI",
        names: "Malí|Mali",
        adjectives: "maliense|malienses",
        seats: "Bamako",
    },
    LocalNames {
        code: "MRT",
        names: "Mauritania",
        adjectives: "mauritano|mauritana|mauritanos|mauritanas",
        seats: "Nuakchot",
    },
    LocalNames {
        code: "MUS",
        names: "República de Mauricio|isla Mauricio|Isla Mauricio",
        adjectives: "mauriciano|mauriciana|mauricianos|mauricianas",
        seats: "Port Louis",
    },
    LocalNames {
        code: "MAR",
        names: "Marruecos",
        adjectives: "marroquí|marroquíes",
        seats: "Rabat",
    },
    LocalNames {
        code: "MOZ",
        names: "Mozambique",
        adjectives: "mozambiqueño|mozambiqueña|mozambiqueños|mozambiqueñas",
        seats: "Maputo",
    },
    LocalNames {
        code: "NAM",
        names: "Namibia",
        adjectives: "namibio|namibia|namibios|namibias",
        seats: "Windhoek",
    },
    LocalNames {
        code: "NER",
        names: "Níger|el Níger",
        adjectives: "nigerino|nigerina|nigerinos|nigerinas",
        seats: "Niamey",
    },
    LocalNames {
        code: "NGA",
        names: "Nigeria",
        adjectives: "nigeriano|nigeriana|nigerianos|nigerianas",
        seats: "Abuya",
    },
    LocalNames {
        code: "RWA",
        names: "Ruanda",
        adjectives: "ruandés|ruandesa|ruandeses|ruandesas",
        seats: "Kigali",
    },
    LocalNames {
        code: "STP",
        names: "Santo Tomé y Príncipe",
        adjectives: "santotomense|santotomenses",
        seats: "",
    },
    LocalNames {
        code: "SEN",
        names: "Senegal|el Senegal",
        adjectives: "senegalés|senegalesa|senegaleses|senegalesas",
        seats: "Dakar",
    },
    LocalNames {
        code: "SYC",
        names: "Seychelles|las Seychelles",
        adjectives: "seychellense|seychellenses",
        seats: "",
    },
    LocalNames {
        code: "SLE",
        names: "Sierra Leona",
        adjectives: "sierraleonés|sierraleonesa|sierraleoneses|sierraleonesas",
        seats: "Freetown",
    },
    LocalNames {
        code: "SOM",
        names: "Somalia",
        adjectives: "somalí|somalíes",
        seats: "Mogadiscio",
    },
    LocalNames {
        code: "ZAF",
        names: "Sudáfrica|Suráfrica|República de Sudáfrica",
        adjectives: "sudafricano|sudafricana|sudafricanos|sudafricanas|surafricano|surafricana|surafricanos|surafricanas",
        seats: "Pretoria",
    },
    LocalNames {
        code: "SSD",
        names: "Sudán del Sur",
        adjectives: "sursudanés|sursudanesa|sursudaneses|sursudanesas",
        seats: "Yuba",
    },
    LocalNames {
        code: "SDN",
        names: "Sudán|el Sudán",
        adjectives: "sudanés|sudanesa|sudaneses|sudanesas",
        seats: "Jartum",
    },
    LocalNames {
        code: "TZA",
        names: "Tanzania",
        adjectives: "tanzano|tanzana|tanzanos|tanzanas",
        seats: "Dodoma",
    },
    LocalNames {
        code: "TGO",
        names: "Togo",
        adjectives: "togolés|togolesa|togoleses|togolesas",
        seats: "Lomé",
    },
    LocalNames {
        code: "TUN",
        names: "Túnez",
        adjectives: "tunecino|tunecina|tunecinos|tunecinas",
        seats: "",
    },
    LocalNames {
        code: "UGA",
        names: "Uganda",
        adjectives: "ugandés|ugandesa|ugandeses|ugandesas",
        seats: "Kampala",
    },
    LocalNames {
        code: "ZMB",
        names: "Zambia",
        adjectives: "zambiano|zambiana|zambianos|zambianas",
        seats: "Lusaka",
    },
    LocalNames {
        code: "ZWE",
        names: "Zimbabue|Zimbabwe",
        adjectives: "zimbabuense|zimbabuenses",
        seats: "Harare",
    },
    LocalNames {
        code: "ESH",
        names: "Sahara Occidental|Sáhara Occidental|el Sáhara Occidental|República Árabe Saharaui Democrática|RASD",
        adjectives: "saharaui|saharauis",
        seats: "El Aaiún",
    },
    LocalNames {
        code: "XSL",
        names: "Somalilandia",
        adjectives: "somalilandés|somalilandesa|somalilandeses|somalilandesas",
        seats: "Hargeisa",
    },
    LocalNames {
        code: "ATG",
        names: "Antigua y Barbuda",
        adjectives: "antiguano|antiguana|antiguanos|antiguanas",
        seats: "",
    },
    LocalNames {
        code: "ARG",
        names: "Argentina|la Argentina|República Argentina",
        adjectives: "argentino|argentina|argentinos|argentinas",
        seats: "Casa Rosada|la Casa Rosada|Buenos Aires|Palacio San Martín",
    },
    LocalNames {
        code: "BHS",
        names: "Bahamas|las Bahamas",
        adjectives: "bahameño|bahameña|bahameños|bahameñas",
        seats: "Nasáu|Nassau",
    },
    LocalNames {
        code: "BRB",
        names: "Barbados",
        adjectives: "barbadense|barbadenses",
        seats: "Bridgetown",
    },
    LocalNames {
        code: "BLZ",
        names: "Belice",
        adjectives: "beliceño|beliceña|beliceños|beliceñas",
        seats: "Belmopán",
    },
    LocalNames {
        code: "BOL",
        names: "Bolivia|Estado Plurinacional de Bolivia",
        adjectives: "boliviano|boliviana|bolivianos|bolivianas",
        seats: "Palacio Quemado|Casa Grande del Pueblo",
    },
    LocalNames {
        code: "BRA",
        names: "Brasil|el Brasil|República Federativa de Brasil|República Federativa del Brasil",
        adjectives: "brasileño|brasileña|brasileños|brasileñas|brasilero|brasilera|brasileros|brasileras",
        seats: "Brasilia|Brasília|Planalto|el Planalto|Palacio del Planalto|Palacio de Planalto|Itamaraty|el Itamaraty",
    },
    LocalNames {
        code: "CAN",
        names: "Canadá|el Canadá",
        adjectives: "canadiense|canadienses",
        seats: "Ottawa",
    },
    LocalNames {
        code: "CHL",
        names: "Chile|República de Chile",
        adjectives: "chileno|chilena|chilenos|chilenas",
        seats: "La Moneda|Palacio de La Moneda|Santiago de Chile",
    },
    LocalNames {
        code: "COL",
        names: "Colombia|República de Colombia",
        adjectives: "colombiano|colombiana|colombianos|colombianas",
        seats: "Bogotá|Casa de Nariño|la Casa de Nariño|Palacio de Nariño|Palacio de San Carlos",
    },
    LocalNames {
        code: "CRI",
        names: "Costa Rica",
        adjectives: "costarricense|costarricenses",
        seats: "",
    },
    LocalNames {
        code: "CUB",
        names: "Cuba|República de Cuba",
        adjectives: "cubano|cubana|cubanos|cubanas",
        seats: "La Habana|Minrex|MINREX",
    },
    LocalNames {
        code: "DMA",
        names: "Dominica|Mancomunidad de Dominica",
        adjectives: "dominiqués|dominiquesa|dominiqueses|dominiquesas",
        seats: "Roseau",
    },
    LocalNames {
        code: "DOM",
        names: "República Dominicana|la República Dominicana",
        adjectives: "dominicano|dominicana|dominicanos|dominicanas",
        seats: "",
    },
    LocalNames {
        code: "ECU",
        names: "Ecuador|el Ecuador|República del Ecuador",
        adjectives: "ecuatoriano|ecuatoriana|ecuatorianos|ecuatorianas",
        seats: "Quito|Carondelet|Palacio de Carondelet",
    },
    LocalNames {
        code: "SLV",
        names: "El Salvador",
        adjectives: "salvadoreño|salvadoreña|salvadoreños|salvadoreñas",
        seats: "San Salvador",
    },
    LocalNames {
        code: "GRD",
        names: "Grenada",
        adjectives: "",
        seats: "Saint George's",
    },
    LocalNames {
        code: "GTM",
        names: "Guatemala|República de Guatemala",
        adjectives: "guatemalteco|guatemalteca|guatemaltecos|guatemaltecas",
        seats: "Ciudad de Guatemala",
    },
    LocalNames {
        code: "GUY",
        names: "Guyana|República Cooperativa de Guyana",
        adjectives: "guyanés|guyanesa|guyaneses|guyanesas",
        seats: "Georgetown",
    },
    LocalNames {
        code: "HTI",
        names: "Haití",
        adjectives: "haitiano|haitiana|haitianos|haitianas",
        seats: "Puerto Príncipe",
    },
    LocalNames {
        code: "HND",
        names: "Honduras",
        adjectives: "hondureño|hondureña|hondureños|hondureñas",
        seats: "Tegucigalpa",
    },
    LocalNames {
        code: "JAM",
        names: "Jamaica",
        adjectives: "jamaicano|jamaicana|jamaicanos|jamaicanas|jamaiquino|jamaiquina|jamaiquinos|jamaiquinas",
        seats: "Kingston",
    },
    LocalNames {
        code: "MEX",
        names: "México|Méjico|Estados Unidos Mexicanos",
        adjectives: "mexicano|mexicana|mexicanos|mexicanas|mejicano|mejicana|mejicanos|mejicanas",
        seats: "Ciudad de México|Los Pinos|la SRE",
    },
    LocalNames {
        code: "NIC",
        names: "Nicaragua|República de Nicaragua",
        adjectives: "nicaragüense|nicaragüenses",
        seats: "Managua",
    },
    LocalNames {
        code: "PAN",
        names: "Panamá|República de Panamá",
        adjectives: "panameño|panameña|panameños|panameñas",
        seats: "Ciudad de Panamá|Palacio de las Garzas",
    },
    LocalNames {
        code: "PRY",
        names: "Paraguay|el Paraguay|República del Paraguay",
        adjectives: "paraguayo|paraguaya|paraguayos|paraguayas",
        seats: "Palacio de López|Mburuvicha Róga",
    },
    LocalNames {
        code: "PER",
        names: "Perú|el Perú|República del Perú",
        adjectives: "peruano|peruana|peruanos|peruanas",
        seats: "Lima|Torre Tagle|Palacio de Pizarro",
    },
    LocalNames {
        code: "KNA",
        names: "San Cristóbal y Nieves",
        adjectives: "sancristobaleño|sancristobaleña|sancristobaleños|sancristobaleñas",
        seats: "Basseterre",
    },
    LocalNames {
        code: "LCA",
        names: "Santa Lucía",
        adjectives: "santalucense|santalucenses",
        seats: "Castries",
    },
    LocalNames {
        code: "VCT",
        names: "San Vicente y las Granadinas|San Vicente y Granadinas",
        adjectives: "sanvicentino|sanvicentina|sanvicentinos|sanvicentinas",
        seats: "Kingstown",
    },
    LocalNames {
        code: "SUR",
        names: "Surinam|Suriname",
        adjectives: "surinamés|surinamesa|surinameses|surinamesas",
        seats: "Paramaribo",
    },
    LocalNames {
        code: "TTO",
        names: "Trinidad y Tobago",
        adjectives: "trinitense|trinitenses",
        seats: "Puerto España",
    },
    LocalNames {
        code: "USA",
        names: "Estados Unidos|EE.UU.|EEUU|EE. UU.|EUA|los Estados Unidos|Estados Unidos de América|los Estados Unidos de América|Estados Unidos de Norteamérica|la Unión Americana",
        adjectives: "estadounidense|estadounidenses|estadunidense|estadunidenses|norteamericano|norteamericana|norteamericanos|norteamericanas",
        seats: "Washington|la Casa Blanca|Casa Blanca|el Departamento de Estado|Departamento de Estado|el Pentágono|Pentágono|el Departamento del Tesoro|Departamento del Tesoro",
    },
    LocalNames {
        code: "URY",
        names: "Uruguay|el Uruguay|República Oriental del Uruguay",
        adjectives: "uruguayo|uruguaya|uruguayos|uruguayas",
        seats: "Montevideo|Torre Ejecutiva",
    },
    LocalNames {
        code: "VEN",
        names: "Venezuela|República Bolivariana de Venezuela",
        adjectives: "venezolano|venezolana|venezolanos|venezolanas",
        seats: "Caracas|Miraflores|Palacio de Miraflores",
    },
    LocalNames {
        code: "FLK",
        names: "Islas Malvinas|las Islas Malvinas|las Malvinas|Malvinas|Islas Falkland",
        adjectives: "kelper|kelpers",
        seats: "",
    },
    LocalNames {
        code: "GRL",
        names: "Groenlandia",
        adjectives: "groenlandés|groenlandesa|groenlandeses|groenlandesas",
        seats: "Nuuk",
    },
    LocalNames {
        code: "MSR",
        names: "Montserrat",
        adjectives: "montserratense|montserratenses",
        seats: "Brades",
    },
    LocalNames {
        code: "PRI",
        names: "Puerto Rico",
        adjectives: "puertorriqueño|puertorriqueña|puertorriqueños|puertorriqueñas|boricua|boricuas",
        seats: "",
    },
    LocalNames {
        code: "AFG",
        names: "Afganistán",
        adjectives: "afgano|afgana|afganos|afganas",
        seats: "Kabul",
    },
    LocalNames {
        code: "ARM",
        names: "Armenia",
        adjectives: "armenio|armenia|armenios|armenias",
        seats: "Ereván",
    },
    LocalNames {
        code: "AZE",
        names: "Azerbaiyán",
        adjectives: "azerbaiyano|azerbaiyana|azerbaiyanos|azerbaiyanas|azerí|azeríes",
        seats: "Bakú",
    },
    LocalNames {
        code: "BHR",
        names: "Baréin|Bahréin|Bahrein",
        adjectives: "bareiní|bareiníes|bahreiní|bahreiníes",
        seats: "Manama",
    },
    LocalNames {
        code: "BGD",
        names: "Bangladés|Bangladesh",
        adjectives: "bangladesí|bangladesíes",
        seats: "Daca",
    },
    LocalNames {
        code: "BTN",
        names: "Bután",
        adjectives: "butanés|butanesa|butaneses|butanesas",
        seats: "Timbu",
    },
    LocalNames {
        code: "BRN",
        names: "Brunéi|Brunei",
        adjectives: "bruneano|bruneana|bruneanos|bruneanas",
        seats: "Bandar Seri Begawan",
    },
    LocalNames {
        code: "KHM",
        names: "Camboya",
        adjectives: "camboyano|camboyana|camboyanos|camboyanas",
        seats: "Nom Pen|Phnom Penh",
    },
    LocalNames {
        code: "CHN",
        names: "China|República Popular China|República Popular de China|RPC",
        adjectives: "chino|china|chinos|chinas",
        seats: "Pekín|Beijing|Zhongnanhai",
    },
    LocalNames {
        code: "CYP",
        names: "Chipre|República de Chipre",
        adjectives: "chipriota|chipriotas|grecochipriota|grecochipriotas",
        seats: "Nicosia",
    },
    LocalNames {
        code: "GEO",
        names: "Georgia",
        adjectives: "georgiano|georgiana|georgianos|georgianas",
        seats: "Tiflis|Tbilisi",
    },
    LocalNames {
        code: "IND",
        names: "India|la India",
        adjectives: "",
        seats: "Nueva Delhi",
    },
    LocalNames {
        code: "IDN",
        names: "Indonesia",
        adjectives: "indonesio|indonesia|indonesios|indonesias",
        seats: "Yakarta",
    },
    LocalNames {
        code: "IRN",
        names: "Irán|el Irán|República Islámica de Irán",
        adjectives: "iraní|iraníes",
        seats: "Teherán",
    },
    LocalNames {
        code: "IRQ",
        names: "Irak|Iraq",
        adjectives: "iraquí|iraquíes",
        seats: "Bagdad",
    },
    LocalNames {
        code: "ISR",
        names: "Israel|Estado de Israel",
        adjectives: "israelí|israelíes",
        seats: "Jerusalén|Tel Aviv",
    },
    LocalNames {
        code: "JPN",
        names: "Japón|el Japón",
        adjectives: "japonés|japonesa|japoneses|japonesas|nipón|nipona|nipones|niponas",
        seats: "Tokio",
    },
    LocalNames {
        code: "JOR",
        names: "Jordania",
        adjectives: "jordano|jordana|jordanos|jordanas",
        seats: "Amán|Ammán",
    },
    LocalNames {
        code: "KAZ",
        names: "Kazajistán|Kazajstán",
        adjectives: "kazajo|kazaja|kazajos|kazajas|kazajistano|kazajistana|kazajistanos|kazajistanas",
        seats: "Astaná",
    },
    LocalNames {
        code: "KWT",
        names: "Kuwait",
        adjectives: "kuwaití|kuwaitíes",
        seats: "",
    },
    LocalNames {
        code: "KGZ",
        names: "Kirguistán|Kirguizistán",
        adjectives: "kirguís|kirguisa|kirguises|kirguisas|kirguiso|kirguisos",
        seats: "Biskek",
    },
    LocalNames {
        code: "LAO",
        names: "Laos",
        adjectives: "laosiano|laosiana|laosianos|laosianas",
        seats: "Vientián",
    },
    LocalNames {
        code: "LBN",
        names: "Líbano|el Líbano",
        adjectives: "libanés|libanesa|libaneses|libanesas",
        seats: "Beirut",
    },
    LocalNames {
        code: "MYS",
        names: "Malasia",
        adjectives: "malasio|malasia|malasios|malasias",
        seats: "Kuala Lumpur|Putrajaya",
    },
    LocalNames {
        code: "MDV",
        names: "Maldivas|las Maldivas",
        adjectives: "maldivo|maldiva|maldivos|maldivas",
        seats: "Malé",
    },
    LocalNames {
        code: "MNG",
        names: "Mongolia",
        adjectives: "mongol|mongola|mongoles|mongolas",
        seats: "Ulán Bator",
    },
    LocalNames {
        code: "MMR",
        names: "Birmania|Myanmar",
        adjectives: "birmano|birmana|birmanos|birmanas",
        seats: "Naipyidó",
    },
    LocalNames {
        code: "NPL",
        names: "Nepal",
        adjectives: "nepalí|nepalíes|nepalés|nepalesa|nepaleses|nepalesas",
        seats: "Katmandú",
    },
    LocalNames {
        code: "PRK",
        names: "Corea del Norte|República Popular Democrática de Corea|RPDC",
        adjectives: "norcoreano|norcoreana|norcoreanos|norcoreanas",
        seats: "Pionyang|Pyongyang",
    },
    LocalNames {
        code: "OMN",
        names: "Omán",
        adjectives: "omaní|omaníes",
        seats: "Mascate",
    },
    LocalNames {
        code: "PAK",
        names: "Pakistán|Paquistán",
        adjectives: "pakistaní|pakistaníes|paquistaní|paquistaníes",
        seats: "Islamabad",
    },
    LocalNames {
        code: "PHL",
        names: "Filipinas|las Filipinas",
        adjectives: "filipino|filipina|filipinos|filipinas",
        seats: "Manila",
    },
    LocalNames {
        code: "QAT",
        names: "Catar|Qatar",
        adjectives: "catarí|cataríes|qatarí|qataríes",
        seats: "Doha",
    },
    LocalNames {
        code: "KOR",
        names: "Corea del Sur|República de Corea",
        adjectives: "surcoreano|surcoreana|surcoreanos|surcoreanas",
        seats: "Seúl",
    },
    LocalNames {
        code: "SAU",
        names: "Arabia Saudita|Arabia Saudí",
        adjectives: "saudí|saudíes|saudita|sauditas",
        seats: "Riad",
    },
    LocalNames {
        code: "SGP",
        names: "Singapur",
        adjectives: "singapurense|singapurenses",
        seats: "",
    },
    LocalNames {
        code: "LKA",
        names: "Sri Lanka",
        adjectives: "esrilanqués|esrilanquesa|esrilanqueses|esrilanquesas|ceilanés|ceilanesa|ceilaneses|ceilanesas",
        seats: "Colombo",
    },
    LocalNames {
        code: "SYR",
        names: "Siria",
        adjectives: "sirio|siria|sirios|sirias",
        seats: "Damasco",
    },
    LocalNames {
        code: "TJK",
        names: "Tayikistán",
        adjectives: "tayiko|tayika|tayikos|tayikas",
        seats: "Dusambé",
    },
    LocalNames {
        code: "THA",
        names: "Tailandia",
        adjectives: "tailandés|tailandesa|tailandeses|tailandesas",
        seats: "Bangkok",
    },
    LocalNames {
        code: "TLS",
        names: "Timor Oriental|Timor-Leste",
        adjectives: "timorense|timorenses",
        seats: "Dili",
    },
    LocalNames {
        code: "TUR",
        names: "Turquía",
        adjectives: "turco|turca|turcos|turcas",
        seats: "Ankara",
    },
    LocalNames {
        code: "TKM",
        names: "Turkmenistán",
        adjectives: "turkmeno|turkmena|turkmenos|turkmenas|turcomano|turcomana|turcomanos|turcomanas",
        seats: "Asjabad",
    },
    LocalNames {
        code: "ARE",
        names: "Emiratos Árabes Unidos|los Emiratos Árabes Unidos|EAU",
        adjectives: "emiratí|emiratíes",
        seats: "Abu Dabi",
    },
    LocalNames {
        code: "UZB",
        names: "Uzbekistán",
        adjectives: "uzbeko|uzbeka|uzbekos|uzbekas",
        seats: "Taskent",
    },
    LocalNames {
        code: "VNM",
        names: "Vietnam",
        adjectives: "vietnamita|vietnamitas",
        seats: "Hanói",
    },
    LocalNames {
        code: "YEM",
        names: "Yemen|el Yemen",
        adjectives: "yemení|yemeníes",
        seats: "Saná",
    },
    LocalNames {
        code: "PSE",
        names: "Palestina|Estado de Palestina|Autoridad Palestina|la Autoridad Palestina|Autoridad Nacional Palestina",
        adjectives: "palestino|palestina|palestinos|palestinas",
        seats: "Ramala",
    },
    LocalNames {
        code: "TWN",
        names: "Taiwán",
        adjectives: "taiwanés|taiwanesa|taiwaneses|taiwanesas",
        seats: "Taipéi|Taipei",
    },
    LocalNames {
        code: "XNC",
        names: "Chipre del Norte|República Turca del Norte de Chipre|República Turca de Chipre del Norte",
        adjectives: "turcochipriota|turcochipriotas",
        seats: "",
    },
    LocalNames {
        code: "ALB",
        names: "Albania",
        adjectives: "albanés|albanesa|albaneses|albanesas",
        seats: "Tirana",
    },
    LocalNames {
        code: "AND",
        names: "Andorra|Principado de Andorra",
        adjectives: "andorrano|andorrana|andorranos|andorranas",
        seats: "Andorra la Vieja",
    },
    LocalNames {
        code: "AUT",
        names: "Austria",
        adjectives: "austriaco|austriaca|austriacos|austriacas|austríaco|austríaca|austríacos|austríacas",
        seats: "Viena",
    },
    LocalNames {
        code: "BLR",
        names: "Bielorrusia|Belarús",
        adjectives: "bielorruso|bielorrusa|bielorrusos|bielorrusas",
        seats: "Minsk",
    },
    LocalNames {
        code: "BEL",
        names: "Bélgica",
        adjectives: "belga|belgas",
        seats: "",
    },
    LocalNames {
        code: "BIH",
        names: "Bosnia y Herzegovina|Bosnia-Herzegovina|Bosnia",
        adjectives: "bosnio|bosnia|bosnios|bosnias",
        seats: "Sarajevo",
    },
    LocalNames {
        code: "BGR",
        names: "Bulgaria",
        adjectives: "búlgaro|búlgara|búlgaros|búlgaras",
        seats: "",
    },
    LocalNames {
        code: "HRV",
        names: "Croacia",
        adjectives: "croata|croatas",
        seats: "Zagreb",
    },
    LocalNames {
        code: "CZE",
        names: "República Checa|la República Checa|Chequia",
        adjectives: "checo|checa|checos|checas",
        seats: "Praga",
    },
    LocalNames {
        code: "DNK",
        names: "Dinamarca",
        adjectives: "danés|danesa|daneses|danesas",
        seats: "Copenhague",
    },
    LocalNames {
        code: "EST",
        names: "Estonia",
        adjectives: "estonio|estonia|estonios|estonias",
        seats: "Tallin",
    },
    LocalNames {
        code: "FIN",
        names: "Finlandia",
        adjectives: "finlandés|finlandesa|finlandeses|finlandesas",
        seats: "Helsinki",
    },
    LocalNames {
        code: "FRA",
        names: "Francia",
        adjectives: "francés|francesa|franceses|francesas",
        seats: "París|Elíseo|el Elíseo|Palacio del Elíseo|Quai d'Orsay",
    },
    LocalNames {
        code: "DEU",
        names: "Alemania",
        adjectives: "alemán|alemana|alemanes|alemanas",
        seats: "Berlín",
    },
    LocalNames {
        code: "GRC",
        names: "Grecia",
        adjectives: "griego|griega|griegos|griegas",
        seats: "Atenas",
    },
    LocalNames {
        code: "HUN",
        names: "Hungría",
        adjectives: "húngaro|húngara|húngaros|húngaras",
        seats: "Budapest",
    },
    LocalNames {
        code: "ISL",
        names: "Islandia",
        adjectives: "islandés|islandesa|islandeses|islandesas",
        seats: "Reikiavik|Reikiavík",
    },
    LocalNames {
        code: "IRL",
        names: "Irlanda",
        adjectives: "irlandés|irlandesa|irlandeses|irlandesas",
        seats: "Dublín",
    },
    LocalNames {
        code: "ITA",
        names: "Italia",
        adjectives: "italiano|italiana|italianos|italianas",
        seats: "Roma|Farnesina|la Farnesina|Palazzo Chigi",
    },
    LocalNames {
        code: "LVA",
        names: "Letonia",
        adjectives: "letón|letona|letones|letonas",
        seats: "Riga",
    },
    LocalNames {
        code: "LIE",
        names: "Liechtenstein",
        adjectives: "liechtensteiniano|liechtensteiniana|liechtensteinianos|liechtensteinianas",
        seats: "Vaduz",
    },
    LocalNames {
        code: "LTU",
        names: "Lituania",
        adjectives: "lituano|lituana|lituanos|lituanas",
        seats: "Vilna|Vilnius",
    },
    LocalNames {
        code: "LUX",
        names: "Luxemburgo",
        adjectives: "luxemburgués|luxemburguesa|luxemburgueses|luxemburguesas",
        seats: "",
    },
    LocalNames {
        code: "MLT",
        names: "Malta",
        adjectives: "maltés|maltesa|malteses|maltesas",
        seats: "La Valeta",
    },
    LocalNames {
        code: "MDA",
        names: "Moldavia|Moldova|República de Moldavia",
        adjectives: "moldavo|moldava|moldavos|moldavas",
        seats: "Chisináu",
    },
    LocalNames {
        code: "MCO",
        names: "Mónaco|Principado de Mónaco",
        adjectives: "monegasco|monegasca|monegascos|monegascas",
        seats: "",
    },
    LocalNames {
        code: "MNE",
        names: "Montenegro",
        adjectives: "montenegrino|montenegrina|montenegrinos|montenegrinas",
        seats: "Podgorica",
    },
    LocalNames {
        code: "NLD",
        names: "Países Bajos|los Países Bajos|Holanda|Reino de los Países Bajos",
        adjectives: "neerlandés|neerlandesa|neerlandeses|neerlandesas|holandés|holandesa|holandeses|holandesas",
        seats: "Ámsterdam",
    },
    LocalNames {
        code: "MKD",
        names: "Macedonia del Norte|Macedonia",
        adjectives: "macedonio|macedonia|macedonios|macedonias|nortemacedonio|nortemacedonia|nortemacedonios|nortemacedonias",
        seats: "Skopie",
    },
    LocalNames {
        code: "NOR",
        names: "Noruega",
        adjectives: "noruego|noruega|noruegos|noruegas",
        seats: "Oslo",
    },
    LocalNames {
        code: "POL",
        names: "Polonia",
        adjectives: "polaco|polaca|polacos|polacas",
        seats: "Varsovia",
    },
    LocalNames {
        code: "PRT",
        names: "Portugal",
        adjectives: "portugués|portuguesa|portugueses|portuguesas",
        seats: "Lisboa|Palacio de Belém|Palacio de São Bento",
    },
    LocalNames {
        code: "ROU",
        names: "Rumania|Rumanía",
        adjectives: "rumano|rumana|rumanos|rumanas",
        seats: "Bucarest",
    },
    LocalNames {
        code: "RUS",
        names: "Rusia|Federación Rusa|la Federación Rusa|Federación de Rusia",
        adjectives: "ruso|rusa|rusos|rusas",
        seats: "Moscú|Kremlin|el Kremlin",
    },
    LocalNames {
        code: "SMR",
        names: "San Marino",
        adjectives: "sanmarinense|sanmarinenses",
        seats: "",
    },
    LocalNames {
        code: "SRB",
        names: "Serbia",
        adjectives: "serbio|serbia|serbios|serbias",
        seats: "Belgrado",
    },
    LocalNames {
        code: "SVK",
        names: "Eslovaquia",
        adjectives: "eslovaco|eslovaca|eslovacos|eslovacas",
        seats: "Bratislava",
    },
    LocalNames {
        code: "SVN",
        names: "Eslovenia",
        adjectives: "esloveno|eslovena|eslovenos|eslovenas",
        seats: "Liubliana",
    },
    LocalNames {
        code: "ESP",
        names: "España|Reino de España",
        adjectives: "español|española|españoles|españolas",
        seats: "Madrid|La Moncloa|Moncloa|la Moncloa|Palacio de la Moncloa|Palacio de Santa Cruz",
    },
    LocalNames {
        code: "SWE",
        names: "Suecia",
        adjectives: "sueco|sueca|suecos|suecas",
        seats: "Estocolmo",
    },
    LocalNames {
        code: "CHE",
        names: "Suiza|Confederación Suiza",
        adjectives: "suizo|suiza|suizos|suizas",
        seats: "Berna",
    },
    LocalNames {
        code: "UKR",
        names: "Ucrania",
        adjectives: "ucraniano|ucraniana|ucranianos|ucranianas|ucranio|ucrania|ucranios|ucranias",
        seats: "Kiev|Kyiv|Kíiv",
    },
    LocalNames {
        code: "GBR",
        names: "Reino Unido|el Reino Unido|Gran Bretaña",
        adjectives: "británico|británica|británicos|británicas",
        seats: "Londres|Downing Street|Foreign Office|el Foreign Office",
    },
    LocalNames {
        code: "VAT",
        names: "Santa Sede|la Santa Sede|Vaticano|el Vaticano|Ciudad del Vaticano",
        adjectives: "vaticano|vaticana|vaticanos|vaticanas",
        seats: "",
    },
    LocalNames {
        code: "XKX",
        names: "Kosovo",
        adjectives: "kosovar|kosovares",
        seats: "Pristina|Prístina",
    },
    LocalNames {
        code: "AUS",
        names: "Australia",
        adjectives: "australiano|australiana|australianos|australianas",
        seats: "Canberra",
    },
    LocalNames {
        code: "FJI",
        names: "Fiyi",
        adjectives: "fiyiano|fiyiana|fiyianos|fiyianas",
        seats: "Suva",
    },
    LocalNames {
        code: "KIR",
        names: "Kiribati",
        adjectives: "kiribatiano|kiribatiana|kiribatianos|kiribatianas",
        seats: "Tarawa",
    },
    LocalNames {
        code: "MHL",
        names: "Islas Marshall|las Islas Marshall",
        adjectives: "marshalés|marshalesa|marshaleses|marshalesas",
        seats: "Majuro",
    },
    LocalNames {
        code: "FSM",
        names: "Micronesia|Estados Federados de Micronesia",
        adjectives: "micronesio|micronesia|micronesios|micronesias",
        seats: "Palikir",
    },
    LocalNames {
        code: "NRU",
        names: "Nauru",
        adjectives: "nauruano|nauruana|nauruanos|nauruanas",
        seats: "Yaren",
    },
    LocalNames {
        code: "NZL",
        names: "Nueva Zelanda",
        adjectives: "neozelandés|neozelandesa|neozelandeses|neozelandesas",
        seats: "Wellington",
    },
    LocalNames {
        code: "PLW",
        names: "Palaos|Palau",
        adjectives: "palauano|palauana|palauanos|palauanas",
        seats: "Ngerulmud",
    },
    LocalNames {
        code: "PNG",
        names: "Papúa Nueva Guinea",
        adjectives: "papú|papúes|papuano|papuana|papuanos|papuanas",
        seats: "Port Moresby",
    },
    LocalNames {
        code: "WSM",
        names: "Samoa",
        adjectives: "samoano|samoana|samoanos|samoanas",
        seats: "Apia",
    },
    LocalNames {
        code: "SLB",
        names: "Islas Salomón|las Islas Salomón",
        adjectives: "salomonense|salomonenses",
        seats: "Honiara",
    },
    LocalNames {
        code: "TON",
        names: "Tonga",
        adjectives: "tongano|tongana|tonganos|tonganas",
        seats: "Nukualofa|Nuku'alofa",
    },
    LocalNames {
        code: "TUV",
        names: "Tuvalu",
        adjectives: "tuvaluano|tuvaluana|tuvaluanos|tuvaluanas",
        seats: "Funafuti",
    },
    LocalNames {
        code: "VUT",
        names: "Vanuatu",
        adjectives: "vanuatuense|vanuatuenses",
        seats: "Port Vila",
    },
    LocalNames {
        code: "NCL",
        names: "Nueva Caledonia",
        adjectives: "neocaledonio|neocaledonia|neocaledonios|neocaledonias",
        seats: "Numea",
    },
    LocalNames {
        code: "ATA",
        names: "Antártida|la Antártida|Antártica",
        adjectives: "",
        seats: "",
    },
    LocalNames {
        code: "ATF",
        names: "Tierras Australes y Antárticas Francesas|Territorios Australes Franceses",
        adjectives: "",
        seats: "",
    },
];

/// `(bloc code, names)`, codes as in [`data::BLOCS`](super::data::BLOCS).
static BLOCS: &[(&str, &str)] = &[
    ("EU", "la Unión Europea|Unión Europea|la UE|UE|Bruselas|la Comisión Europea|Comisión Europea|el Consejo Europeo|Consejo Europeo|el Consejo de la Unión Europea|Consejo de la UE|Servicio Europeo de Acción Exterior|el SEAE|SEAE|los Veintisiete|los Veintiocho"),
    ("LIMA", "Grupo de Lima|el Grupo de Lima"),
    ("OAS", "la OEA|OEA|Organización de los Estados Americanos|la Organización de los Estados Americanos|Organización de Estados Americanos|la Organización de Estados Americanos"),
    ("ALBA", "ALBA|el ALBA|la ALBA|ALBA-TCP|Alianza Bolivariana para los Pueblos de Nuestra América|la Alianza Bolivariana|Alianza Bolivariana"),
    ("MERCOSUR", "Mercosur|el Mercosur|MERCOSUR|Mercado Común del Sur|el Mercado Común del Sur"),
    ("CARICOM", "Caricom|la Caricom|CARICOM|Comunidad del Caribe|la Comunidad del Caribe|Comunidad de Estados del Caribe"),
    ("G7", "G7|el G7|G-7|Grupo de los Siete|el Grupo de los Siete"),
    ("ICG", "Grupo Internacional de Contacto|el Grupo Internacional de Contacto|Grupo de Contacto Internacional|el Grupo de Contacto Internacional|Grupo Internacional de Contacto sobre Venezuela|el GIC"),
    ("UNASUR", "Unasur|la Unasur|UNASUR|Unión de Naciones Suramericanas|Unión de Naciones Sudamericanas"),
    ("PROSUR", "Prosur|PROSUR|Foro para el Progreso de América del Sur|Foro para el Progreso y Desarrollo de América del Sur|Foro para el Progreso e Integración de América del Sur"),
    ("CELAC", "Celac|la Celac|CELAC|Comunidad de Estados Latinoamericanos y Caribeños|la Comunidad de Estados Latinoamericanos y Caribeños"),
    ("AU", "Unión Africana|la Unión Africana|la UA"),
    ("BRICS", "BRICS|los BRICS"),
];

/// Venezuela's government and its people, in Spanish news.
static REGIME: &str = "el régimen|El régimen|la dictadura|La dictadura|el chavismo|El chavismo|chavismo|chavista|chavistas|el Gobierno de Maduro|el gobierno de Maduro|El Gobierno de Maduro|El gobierno de Maduro|el Gobierno venezolano|el gobierno venezolano|El Gobierno venezolano|El gobierno venezolano|el régimen de Maduro|el régimen chavista|el régimen venezolano|el régimen madurista|la dictadura de Maduro|la dictadura chavista|la dictadura venezolana|el Gobierno bolivariano|el gobierno bolivariano|la Revolución Bolivariana|la revolución bolivariana|el madurismo|madurismo|madurista|maduristas|el PSUV|PSUV|el Palacio de Miraflores";

/// Phrases that contain a country word (or a name the English tables read) but name no state taking a stance.
static BLOCKERS: &str = "América Latina|Latinoamérica|latinoamericano|latinoamericana|latinoamericanos|latinoamericanas|América del Sur|América del Norte|América Central|las Américas|Américas|Copa América|Club América|Voz de América|La Voz de América|Nuevo México|Golfo de México|Golfo de América|Estado de México|Universidad de Chile|Gran Colombia|Nueva España|Irlanda del Norte|Nueva Guinea|Golfo de Guinea|Guyana Francesa|Guayana Francesa|Guyana Esequiba|Guayana Esequiba|Samoa Americana|Samoa Estadounidense|Islas Vírgenes Británicas|Islas Vírgenes de los Estados Unidos|Islas Vírgenes Estadounidenses|Antillas Neerlandesas|Caribe Neerlandés|Caribe neerlandés|Mar de China Meridional|Mar de la China Meridional|Mar de China Oriental|Mar de la China Oriental|Mar de China|Canal de Panamá|Papeles de Panamá|río Paraguay|río Uruguay|río Congo|río Níger|Santiago de Cuba|Santiago de Compostela|Santiago de los Caballeros|Santiago del Estero|Santiago Abascal|Santa Lucía del Tuy|Francia Márquez|Francia Elena Márquez|Guerra de Malvinas|Guerra de las Malvinas|Carta de Jamaica|Acuerdo de Barbados|Acuerdos de Barbados|Real Madrid|Atlético de Madrid|Comunidad de Madrid|Asamblea de Madrid|Ayuntamiento de Madrid|provincia de Buenos Aires|Provincia de Buenos Aires|Paris Saint-Germain|París Saint-Germain|Acuerdo de París|Club de París|Estatuto de Roma|Tratado de Roma|Muro de Berlín|Consenso de Washington|Convención de Viena|cubano-americano|cubano-americana|cubano-americanos|cubano-americanas|cubano-estadounidense|cubano-estadounidenses|mexicano-estadounidense|mexicano-estadounidenses|mexicano-americano|mexicano-americanos|venezolano-estadounidense|venezolano-estadounidenses|venezolano-americano|venezolano-americanos|cuenta suiza|cuentas suizas|banco suizo|bancos suizos|banca suiza|anti-chavista|anti-chavistas|anti-chavismo|ex-chavista|ex-chavistas|Antártica Chilena|Antártida Chilena|Antártida Argentina";

static CONTRACTIONS: &[(&str, &str)] =
    &[("el", "del al"), ("los", "de los"), ("la", "de la"), ("las", "de las")];

#[cfg(test)]
mod tests {
    use super::{BLOCKERS, BLOCS, COUNTRIES, REGIME};
    use crate::gazetteer::{self, LocalNames, SUBJECT};
    use std::collections::{HashMap, HashSet};

    /// The lists of an entry, with what each holds (for messages).
    fn lists(l: &LocalNames) -> [(&'static str, &'static str); 3] {
        [("names", l.names), ("adjectives", l.adjectives), ("seats", l.seats)]
    }

    /// Accents folded as the extractor folds text: `México` and `Mexico` are one pattern.
    fn fold(s: &str) -> String {
        s.chars()
            .map(|c| match c {
                'À'..='Å' => 'A',
                'à'..='å' => 'a',
                'Ç' => 'C',
                'ç' => 'c',
                'È'..='Ë' => 'E',
                'è'..='ë' => 'e',
                'Ì'..='Ï' => 'I',
                'ì'..='ï' => 'i',
                'Ñ' => 'N',
                'ñ' => 'n',
                'Ò'..='Ö' => 'O',
                'ò'..='ö' => 'o',
                'Ù'..='Ü' => 'U',
                'ù'..='ü' => 'u',
                'Ý' => 'Y',
                'ý' | 'ÿ' => 'y',
                '\u{2019}' => '\'',
                _ => c,
            })
            .collect()
    }

    /// Every `(name, actor)` of this language: countries, blocs, and the regime (Venezuela).
    fn local_names() -> Vec<(&'static str, &'static str)> {
        let mut all = Vec::new();
        for l in COUNTRIES {
            for (_, list) in lists(l) {
                all.extend(gazetteer::names(list).map(|n| (n, l.code)));
            }
        }
        for &(code, list) in BLOCS {
            all.extend(gazetteer::names(list).map(|n| (n, code)));
        }
        all.extend(gazetteer::names(REGIME).map(|n| (n, SUBJECT)));
        all
    }

    /// Every `(name, actor)` of the shared English tables, which the extractor reads too.
    fn shared_names() -> Vec<(&'static str, &'static str)> {
        let mut all = Vec::new();
        for c in gazetteer::COUNTRIES {
            let lists = [c.aliases, c.adjectives, c.capitals];
            all.push((c.name, c.code));
            all.extend(lists.into_iter().flat_map(gazetteer::names).map(|n| (n, c.code)));
        }
        for b in gazetteer::BLOCS {
            all.push((b.name, b.code));
            all.extend(b.aliases().map(|n| (n, b.code)));
        }
        all
    }

    #[test]
    fn every_country_has_one_entry_in_table_order() {
        let codes: Vec<_> = COUNTRIES.iter().map(|l| l.code).collect();
        let countries: Vec<_> = gazetteer::COUNTRIES.iter().map(|c| c.code).collect();
        assert_eq!(codes, countries, "one entry per country of data::COUNTRIES, in its order");
        for l in COUNTRIES {
            assert!(gazetteer::country(l.code).is_some(), "unknown country {}", l.code);
            assert!(!l.names.is_empty(), "{} has no name", l.code);
        }
    }

    #[test]
    fn bloc_codes_are_known_and_listed_once() {
        let mut seen = HashSet::new();
        for &(code, list) in BLOCS {
            assert!(gazetteer::bloc(code).is_some(), "unknown bloc {code}");
            assert!(seen.insert(code), "bloc {code} listed twice");
            assert!(!list.is_empty(), "bloc {code} has no name");
        }
    }

    #[test]
    fn lists_have_no_empty_or_untrimmed_names() {
        let mut all: Vec<(&str, &str)> = Vec::new();
        for l in COUNTRIES {
            all.extend(
                lists(l).into_iter().filter(|(_, list)| !list.is_empty()).map(|(_, list)| (l.code, list)),
            );
        }
        all.extend(BLOCS.iter().copied());
        all.extend([("regime", REGIME), ("blockers", BLOCKERS)]);
        for (owner, list) in all {
            for name in list.split('|') {
                assert!(!name.is_empty(), "{owner}: an empty name in `{list}`");
                assert_eq!(name, name.trim(), "{owner}: `{name}` has surrounding spaces");
                assert!(!name.contains("  "), "{owner}: `{name}` has a double space");
            }
        }
    }

    #[test]
    fn no_entry_repeats_a_name() {
        for l in COUNTRIES {
            let mut seen = HashSet::new();
            for (field, list) in lists(l) {
                for name in gazetteer::names(list) {
                    assert!(seen.insert(name), "{}: `{name}` repeated (in {field})", l.code);
                }
            }
        }
        let others = BLOCS.iter().copied().chain([("regime", REGIME), ("blockers", BLOCKERS)]);
        for (owner, list) in others {
            let mut seen = HashSet::new();
            for name in gazetteer::names(list) {
                assert!(seen.insert(name), "{owner}: `{name}` repeated");
            }
        }
    }

    #[test]
    fn no_name_stands_for_two_actors() {
        // Accents are folded before matching, so `Níger` and `Niger` are one name; the English
        // tables are read with these, so a name here must not belong to another actor there.
        let mut by_name: HashMap<String, (&str, &str)> = HashMap::new();
        for (name, actor) in shared_names().into_iter().chain(local_names()) {
            let folded = fold(name);
            let bare = folded.strip_prefix("the ").or_else(|| folded.strip_prefix("The ")).unwrap_or(&folded);
            if let Some(&(first, other)) = by_name.get(bare) {
                assert_eq!(other, actor, "`{name}` stands for {actor}, `{first}` for {other}");
            } else {
                by_name.insert(bare.to_string(), (name, actor));
            }
        }
    }

    #[test]
    fn blockers_are_not_names() {
        let names: HashSet<String> =
            shared_names().into_iter().chain(local_names()).map(|(n, _)| fold(n)).collect();
        for blocker in gazetteer::names(BLOCKERS) {
            assert!(!names.contains(&fold(blocker)), "`{blocker}` is both a name and a blocker");
        }
    }

    #[test]
    fn adjectives_are_lower_case() {
        for l in COUNTRIES {
            for a in gazetteer::names(l.adjectives) {
                assert!(a.starts_with(char::is_lowercase), "{}: adjective `{a}` is capitalised", l.code);
            }
        }
    }
}
