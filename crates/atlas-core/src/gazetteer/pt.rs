//! Names of the actors in news written in pt: see [`LocalGazetteer`](super::LocalGazetteer).

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
        names: "Argélia",
        adjectives: "argelino|argelina|argelinos|argelinas",
        seats: "Argel",
    },
    LocalNames {
        code: "AGO",
        names: "Angola",
        adjectives: "angolano|angolana|angolanos|angolanas",
        seats: "Luanda",
    },
    LocalNames {
        code: "BEN",
        names: "Benim|Benin",
        adjectives: "beninense|beninenses",
        seats: "Porto Novo|Cotonou",
    },
    LocalNames {
        code: "BWA",
        names: "Botsuana|Botswana",
        adjectives: "botsuano|botsuana|botsuanos|botsuanas|botsuanês|botsuanesa|botsuaneses|botsuanesas",
        seats: "Gaborone",
    },
    LocalNames {
        code: "BFA",
        names: "Burkina Faso",
        adjectives: "burquinense|burquinenses|burquinês|burquinesa|burquineses|burquinesas",
        seats: "Uagadugu",
    },
    LocalNames {
        code: "BDI",
        names: "Burundi",
        adjectives: "burundiano|burundiana|burundianos|burundianas|burundês|burundesa|burundeses|burundesas",
        seats: "Gitega|Bujumbura",
    },
    LocalNames {
        code: "CPV",
        names: "Cabo Verde",
        adjectives: "cabo-verdiano|cabo-verdiana|cabo-verdianos|cabo-verdianas",
        seats: "Cidade da Praia",
    },
    LocalNames {
        code: "CMR",
        names: "Camarões",
        adjectives: "camaronês|camaronesa|camaroneses|camaronesas",
        seats: "Iaundé",
    },
    LocalNames {
        code: "CAF",
        names: "República Centro-Africana|a República Centro-Africana",
        adjectives: "centro-africano|centro-africana|centro-africanos|centro-africanas",
        seats: "Bangui",
    },
    LocalNames {
        code: "TCD",
        names: "Chade|o Chade",
        adjectives: "chadiano|chadiana|chadianos|chadianas",
        seats: "Jamena|N'Djamena",
    },
    LocalNames {
        code: "COM",
        names: "Comores|Comoros",
        adjectives: "comorense|comorenses",
        seats: "",
    },
    LocalNames {
        code: "COG",
        names: "República do Congo|Congo-Brazzaville|Congo Brazzaville",
        adjectives: "",
        seats: "Brazzaville",
    },
    LocalNames {
        code: "COD",
        names: "República Democrática do Congo|a República Democrática do Congo|RDC|RD Congo|RD do Congo|Congo-Kinshasa|Congo Kinshasa",
        adjectives: "",
        seats: "Kinshasa|Quinxassa",
    },
    LocalNames {
        code: "CIV",
        names: "Costa do Marfim",
        adjectives: "marfinense|marfinenses|costa-marfinense|costa-marfinenses",
        seats: "Yamoussoukro|Abidjan",
    },
    LocalNames {
        code: "DJI",
        names: "Djibuti|Jibuti",
        adjectives: "djibutiano|djibutiana|djibutianos|djibutianas|jibutiano|jibutiana|jibutianos|jibutianas",
        seats: "",
    },
    LocalNames {
        code: "EGY",
        names: "Egito|Egipto|o Egito|o Egipto",
        adjectives: "egípcio|egípcia|egípcios|egípcias",
        seats: "Cairo|o Cairo",
    },
    LocalNames {
        code: "GNQ",
        names: "Guiné Equatorial|a Guiné Equatorial",
        adjectives: "equato-guineense|equato-guineenses",
        seats: "Malabo",
    },
    LocalNames {
        code: "ERI",
        names: "Eritreia",
        adjectives: "eritreu|eritreia|eritreus|eritreias",
        seats: "Asmara",
    },
    LocalNames {
        code: "SWZ",
        names: "Essuatíni|Essuatini|Eswatini|Suazilândia",
        adjectives: "suázi|suázis|suazi|suazis",
        seats: "Mbabane",
    },
    LocalNames {
        code: "ETH",
        names: "Etiópia",
        adjectives: "etíope|etíopes",
        seats: "Adis Abeba|Adis-Abeba",
    },
    LocalNames {
        code: "GAB",
        names: "Gabão|o Gabão",
        adjectives: "gabonês|gabonesa|gaboneses|gabonesas",
        seats: "Libreville",
    },
    LocalNames {
        code: "GMB",
        names: "Gâmbia|a Gâmbia",
        adjectives: "gambiano|gambiana|gambianos|gambianas|gambiense|gambienses",
        seats: "Banjul",
    },
    LocalNames {
        code: "GHA",
        names: "Gana|o Gana",
        adjectives: "ganês|ganesa|ganeses|ganesas",
        seats: "Acra",
    },
    LocalNames {
        code: "GIN",
        names: "Guiné-Conacri|Guiné Conacri|República da Guiné",
        adjectives: "",
        seats: "Conacri",
    },
    LocalNames {
        code: "GNB",
        names: "Guiné-Bissau|a Guiné-Bissau|Guiné Bissau",
        adjectives: "bissau-guineense|bissau-guineenses",
        seats: "Bissau",
    },
    LocalNames {
        code: "KEN",
        names: "Quênia|Quénia|o Quênia|o Quénia",
        adjectives: "queniano|queniana|quenianos|quenianas",
        seats: "Nairóbi",
    },
    LocalNames {
        code: "LSO",
        names: "Lesoto",
        adjectives: "lesotiano|lesotiana|lesotianos|lesotianas",
        seats: "Maseru",
    },
    LocalNames {
        code: "LBR",
        names: "Libéria",
        adjectives: "liberiano|liberiana|liberianos|liberianas",
        seats: "Monróvia",
    },
    LocalNames {
        code: "LBY",
        names: "Líbia|a Líbia",
        adjectives: "líbio|líbia|líbios|líbias",
        seats: "Trípoli",
    },
    LocalNames {
        code: "MDG",
        names: "Madagáscar|Madagascar",
        adjectives: "malgaxe|malgaxes",
        seats: "Antananarivo",
    },
    LocalNames {
        code: "MWI",
        names: "Malawi|Malaui|Maláui",
        adjectives: "malawiano|malawiana|malawianos|malawianas|malauiano|malauiana|malauianos|malauianas",
        seats: "Lilongwe",
    },
    LocalNames {
        code: "MLI",
        names: "Mali|o Mali",
        adjectives: "malinês|malinesa|malineses|malinesas|maliano|maliana|malianos|malianas",
        seats: "Bamako",
    },
    LocalNames {
        code: "MRT",
        names: "Mauritânia",
        adjectives: "mauritano|mauritana|mauritanos|mauritanas",
        seats: "Nouakchott",
    },
    LocalNames {
        code: "MUS",
        names: "Maurícia|Ilhas Maurício|República de Maurício",
        adjectives: "mauriciano|mauriciana|mauricianos|mauricianas",
        seats: "Port Louis",
    },
    LocalNames {
        code: "MAR",
        names: "Marrocos",
        adjectives: "marroquino|marroquina|marroquinos|marroquinas",
        seats: "Rabat",
    },
    LocalNames {
        code: "MOZ",
        names: "Moçambique",
        adjectives: "moçambicano|moçambicana|moçambicanos|moçambicanas",
        seats: "Maputo",
    },
    LocalNames {
        code: "NAM",
        names: "Namíbia",
        adjectives: "namibiano|namibiana|namibianos|namibianas|namíbio|namíbia|namíbios|namíbias",
        seats: "Windhoek",
    },
    LocalNames {
        code: "NER",
        names: "Níger|o Níger",
        adjectives: "nigerino|nigerina|nigerinos|nigerinas",
        seats: "Niamey",
    },
    LocalNames {
        code: "NGA",
        names: "Nigéria|a Nigéria",
        adjectives: "nigeriano|nigeriana|nigerianos|nigerianas",
        seats: "Abuja",
    },
    LocalNames {
        code: "RWA",
        names: "Ruanda",
        adjectives: "ruandês|ruandesa|ruandeses|ruandesas",
        seats: "Kigali",
    },
    LocalNames {
        code: "STP",
        names: "São Tomé e Príncipe",
        adjectives: "são-tomense|são-tomenses|santomense|santomenses",
        seats: "",
    },
    LocalNames {
        code: "SEN",
        names: "Senegal|o Senegal",
        adjectives: "senegalês|senegalesa|senegaleses|senegalesas",
        seats: "Dacar|Dakar",
    },
    LocalNames {
        code: "SYC",
        names: "Seicheles|Seychelles|as Seicheles",
        adjectives: "seichelense|seichelenses",
        seats: "",
    },
    LocalNames {
        code: "SLE",
        names: "Serra Leoa",
        adjectives: "serra-leonês|serra-leonesa|serra-leoneses|serra-leonesas",
        seats: "Freetown",
    },
    LocalNames {
        code: "SOM",
        names: "Somália|a Somália",
        adjectives: "somali|somalis",
        seats: "Mogadíscio|Mogadixo",
    },
    LocalNames {
        code: "ZAF",
        names: "África do Sul|a África do Sul",
        adjectives: "sul-africano|sul-africana|sul-africanos|sul-africanas",
        seats: "Pretória",
    },
    LocalNames {
        code: "SSD",
        names: "Sudão do Sul|o Sudão do Sul",
        adjectives: "sul-sudanês|sul-sudanesa|sul-sudaneses|sul-sudanesas",
        seats: "Juba",
    },
    LocalNames {
        code: "SDN",
        names: "Sudão|o Sudão",
        adjectives: "sudanês|sudanesa|sudaneses|sudanesas",
        seats: "Cartum",
    },
    LocalNames {
        code: "TZA",
        names: "Tanzânia",
        adjectives: "tanzaniano|tanzaniana|tanzanianos|tanzanianas",
        seats: "Dodoma",
    },
    LocalNames {
        code: "TGO",
        names: "Togo|o Togo",
        adjectives: "togolês|togolesa|togoleses|togolesas",
        seats: "Lomé",
    },
    LocalNames {
        code: "TUN",
        names: "Tunísia|a Tunísia",
        adjectives: "tunisiano|tunisiana|tunisianos|tunisianas|tunisino|tunisina|tunisinos|tunisinas",
        seats: "Túnis",
    },
    LocalNames {
        code: "UGA",
        names: "Uganda",
        adjectives: "ugandense|ugandenses|ugandês|ugandesa|ugandeses|ugandesas",
        seats: "Kampala|Campala",
    },
    LocalNames {
        code: "ZMB",
        names: "Zâmbia",
        adjectives: "zambiano|zambiana|zambianos|zambianas",
        seats: "Lusaka",
    },
    LocalNames {
        code: "ZWE",
        names: "Zimbábue|Zimbabué|Zimbabwe",
        adjectives: "zimbabuano|zimbabuana|zimbabuanos|zimbabuanas|zimbabuense|zimbabuenses",
        seats: "Harare",
    },
    LocalNames {
        code: "ESH",
        names: "Saara Ocidental|Sahara Ocidental|o Saara Ocidental|República Árabe Saaraui Democrática|República Árabe Sarauí Democrática|RASD",
        adjectives: "saaraui|saarauis|sarauí|sarauís",
        seats: "El Aaiún|Laayoune",
    },
    LocalNames {
        code: "XSL",
        names: "Somalilândia",
        adjectives: "somalilandês|somalilandesa|somalilandeses|somalilandesas",
        seats: "Hargeisa",
    },
    LocalNames {
        code: "ATG",
        names: "Antígua e Barbuda",
        adjectives: "antiguano|antiguana|antiguanos|antiguanas",
        seats: "",
    },
    LocalNames {
        code: "ARG",
        names: "Argentina|a Argentina|República Argentina",
        adjectives: "argentino|argentina|argentinos|argentinas",
        seats: "Casa Rosada|a Casa Rosada|Buenos Aires|Palácio San Martín",
    },
    LocalNames {
        code: "BHS",
        names: "Bahamas|as Bahamas",
        adjectives: "bahamense|bahamenses|bahamiano|bahamiana|bahamianos|bahamianas",
        seats: "Nassau",
    },
    LocalNames {
        code: "BRB",
        names: "Barbados",
        adjectives: "barbadiano|barbadiana|barbadianos|barbadianas|barbadense|barbadenses",
        seats: "Bridgetown",
    },
    LocalNames {
        code: "BLZ",
        names: "Belize",
        adjectives: "belizenho|belizenha|belizenhos|belizenhas|belizense|belizenses",
        seats: "Belmopan",
    },
    LocalNames {
        code: "BOL",
        names: "Bolívia|a Bolívia|Estado Plurinacional da Bolívia",
        adjectives: "boliviano|boliviana|bolivianos|bolivianas",
        seats: "Palácio Quemado|Casa Grande del Pueblo|Casa Grande do Povo",
    },
    LocalNames {
        code: "BRA",
        names: "Brasil|o Brasil|República Federativa do Brasil",
        adjectives: "brasileiro|brasileira|brasileiros|brasileiras",
        seats: "Brasília|Brasilia|Planalto|o Planalto|Palácio do Planalto|Itamaraty|o Itamaraty|Palácio do Itamaraty|Palácio da Alvorada",
    },
    LocalNames {
        code: "CAN",
        names: "Canadá|o Canadá",
        adjectives: "canadense|canadenses|canadiano|canadiana|canadianos|canadianas",
        seats: "Ottawa|Otava",
    },
    LocalNames {
        code: "CHL",
        names: "Chile|o Chile|República do Chile",
        adjectives: "chileno|chilena|chilenos|chilenas",
        seats: "La Moneda|Palácio de La Moneda|Palácio La Moneda|Santiago do Chile",
    },
    LocalNames {
        code: "COL",
        names: "Colômbia|a Colômbia|República da Colômbia",
        adjectives: "colombiano|colombiana|colombianos|colombianas",
        seats: "Bogotá|Casa de Nariño|a Casa de Nariño|Palácio de Nariño|Palácio de San Carlos",
    },
    LocalNames {
        code: "CRI",
        names: "Costa Rica|a Costa Rica",
        adjectives: "costarriquenho|costarriquenha|costarriquenhos|costarriquenhas|costa-riquenho|costa-riquenha|costa-riquenhos|costa-riquenhas|costarriquense|costarriquenses|costa-riquense|costa-riquenses",
        seats: "",
    },
    LocalNames {
        code: "CUB",
        names: "Cuba|República de Cuba",
        adjectives: "cubano|cubana|cubanos|cubanas",
        seats: "Havana|Minrex|MINREX",
    },
    LocalNames {
        code: "DMA",
        names: "Dominica|Comunidade da Dominica",
        adjectives: "dominiquense|dominiquenses",
        seats: "Roseau",
    },
    LocalNames {
        code: "DOM",
        names: "República Dominicana|a República Dominicana",
        adjectives: "dominicano|dominicana|dominicanos|dominicanas",
        seats: "",
    },
    LocalNames {
        code: "ECU",
        names: "Equador|o Equador|República do Equador",
        adjectives: "equatoriano|equatoriana|equatorianos|equatorianas",
        seats: "Quito|Carondelet|Palácio de Carondelet",
    },
    LocalNames {
        code: "SLV",
        names: "El Salvador",
        adjectives: "salvadorenho|salvadorenha|salvadorenhos|salvadorenhas",
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
        names: "Guatemala|a Guatemala",
        adjectives: "guatemalteco|guatemalteca|guatemaltecos|guatemaltecas",
        seats: "Cidade da Guatemala",
    },
    LocalNames {
        code: "GUY",
        names: "Guiana|a Guiana|República Cooperativa da Guiana",
        adjectives: "guianense|guianenses|guianês|guianesa|guianeses|guianesas",
        seats: "Georgetown",
    },
    LocalNames {
        code: "HTI",
        names: "Haiti|o Haiti",
        adjectives: "haitiano|haitiana|haitianos|haitianas",
        seats: "Porto Príncipe",
    },
    LocalNames {
        code: "HND",
        names: "Honduras",
        adjectives: "hondurenho|hondurenha|hondurenhos|hondurenhas",
        seats: "Tegucigalpa",
    },
    LocalNames {
        code: "JAM",
        names: "Jamaica|a Jamaica",
        adjectives: "jamaicano|jamaicana|jamaicanos|jamaicanas",
        seats: "Kingston",
    },
    LocalNames {
        code: "MEX",
        names: "México|o México|Estados Unidos Mexicanos",
        adjectives: "mexicano|mexicana|mexicanos|mexicanas",
        seats: "Cidade do México|Los Pinos",
    },
    LocalNames {
        code: "NIC",
        names: "Nicarágua|a Nicarágua",
        adjectives: "nicaraguense|nicaraguenses|nicaraguano|nicaraguana|nicaraguanos|nicaraguanas",
        seats: "Manágua",
    },
    LocalNames {
        code: "PAN",
        names: "Panamá|o Panamá",
        adjectives: "panamenho|panamenha|panamenhos|panamenhas|panamiano|panamiana|panamianos|panamianas",
        seats: "Cidade do Panamá",
    },
    LocalNames {
        code: "PRY",
        names: "Paraguai|o Paraguai|República do Paraguai",
        adjectives: "paraguaio|paraguaia|paraguaios|paraguaias",
        seats: "Palácio de López",
    },
    LocalNames {
        code: "PER",
        names: "Peru|o Peru|República do Peru",
        adjectives: "peruano|peruana|peruanos|peruanas",
        seats: "Lima|Torre Tagle|Palácio de Pizarro",
    },
    LocalNames {
        code: "KNA",
        names: "São Cristóvão e Névis|São Cristóvão e Nevis",
        adjectives: "",
        seats: "Basseterre",
    },
    LocalNames {
        code: "LCA",
        names: "Santa Lúcia",
        adjectives: "santa-lucense|santa-lucenses",
        seats: "Castries",
    },
    LocalNames {
        code: "VCT",
        names: "São Vicente e Granadinas|São Vicente e as Granadinas",
        adjectives: "",
        seats: "Kingstown",
    },
    LocalNames {
        code: "SUR",
        names: "Suriname|o Suriname",
        adjectives: "surinamês|surinamesa|surinameses|surinamesas",
        seats: "Paramaribo",
    },
    LocalNames {
        code: "TTO",
        names: "Trinidad e Tobago|Trindade e Tobago",
        adjectives: "trinidadiano|trinidadiana|trinidadianos|trinidadianas",
        seats: "Porto de Espanha",
    },
    LocalNames {
        code: "USA",
        names: "Estados Unidos|EUA|E.U.A.|os Estados Unidos|Estados Unidos da América|os Estados Unidos da América",
        adjectives: "norte-americano|norte-americana|norte-americanos|norte-americanas|estadunidense|estadunidenses|americano|americana|americanos|americanas",
        seats: "Washington|a Casa Branca|Casa Branca|o Departamento de Estado|Departamento de Estado|o Pentágono|Pentágono|o Departamento do Tesouro|Departamento do Tesouro",
    },
    LocalNames {
        code: "URY",
        names: "Uruguai|o Uruguai|República Oriental do Uruguai",
        adjectives: "uruguaio|uruguaia|uruguaios|uruguaias",
        seats: "Montevidéu|Montevideu|Torre Executiva",
    },
    LocalNames {
        code: "VEN",
        names: "Venezuela|a Venezuela|República Bolivariana da Venezuela",
        adjectives: "venezuelano|venezuelana|venezuelanos|venezuelanas",
        seats: "Caracas|Miraflores|Palácio de Miraflores",
    },
    LocalNames {
        code: "FLK",
        names: "Ilhas Malvinas|as Ilhas Malvinas|as Malvinas|Malvinas|Ilhas Falkland|Falklands",
        adjectives: "kelper|kelpers",
        seats: "",
    },
    LocalNames {
        code: "GRL",
        names: "Groenlândia|a Groenlândia",
        adjectives: "groenlandês|groenlandesa|groenlandeses|groenlandesas",
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
        names: "Porto Rico",
        adjectives: "porto-riquenho|porto-riquenha|porto-riquenhos|porto-riquenhas",
        seats: "",
    },
    LocalNames {
        code: "AFG",
        names: "Afeganistão|o Afeganistão",
        adjectives: "afegão|afegã|afegãos|afegãs|afegane|afeganes",
        seats: "Cabul",
    },
    LocalNames {
        code: "ARM",
        names: "Armênia|Arménia",
        adjectives: "armênio|armênia|armênios|armênias|arménio|arménia|arménios|arménias",
        seats: "Ierevan|Erevan",
    },
    LocalNames {
        code: "AZE",
        names: "Azerbaijão|o Azerbaijão",
        adjectives: "azerbaijano|azerbaijana|azerbaijanos|azerbaijanas|azeri|azeris",
        seats: "Baku",
    },
    LocalNames {
        code: "BHR",
        names: "Bahrein|Barém|Bahrain|o Bahrein",
        adjectives: "bareinita|bareinitas|bahreinita|bahreinitas",
        seats: "Manama",
    },
    LocalNames {
        code: "BGD",
        names: "Bangladesh|Bangladexe|o Bangladesh",
        adjectives: "bangladeshiano|bangladeshiana|bangladeshianos|bangladeshianas|bangladechiano|bangladechiana|bangladechianos|bangladechianas",
        seats: "Daca",
    },
    LocalNames {
        code: "BTN",
        names: "Butão|o Butão",
        adjectives: "butanês|butanesa|butaneses|butanesas",
        seats: "Timphu|Thimphu",
    },
    LocalNames {
        code: "BRN",
        names: "Brunei",
        adjectives: "bruneano|bruneana|bruneanos|bruneanas",
        seats: "Bandar Seri Begawan",
    },
    LocalNames {
        code: "KHM",
        names: "Camboja|o Camboja",
        adjectives: "cambojano|cambojana|cambojanos|cambojanas",
        seats: "Phnom Penh|Pnom Pen",
    },
    LocalNames {
        code: "CHN",
        names: "China|a China|República Popular da China|RPC",
        adjectives: "chinês|chinesa|chineses|chinesas",
        seats: "Pequim|Beijing|Zhongnanhai",
    },
    LocalNames {
        code: "CYP",
        names: "Chipre|República de Chipre",
        adjectives: "cipriota|cipriotas|greco-cipriota|greco-cipriotas",
        seats: "Nicósia",
    },
    LocalNames {
        code: "GEO",
        names: "Geórgia|a Geórgia",
        adjectives: "georgiano|georgiana|georgianos|georgianas",
        seats: "Tbilisi|Tiblíssi",
    },
    LocalNames {
        code: "IND",
        names: "Índia|a Índia",
        adjectives: "indiano|indiana|indianos|indianas",
        seats: "Nova Délhi|Nova Deli",
    },
    LocalNames {
        code: "IDN",
        names: "Indonésia|a Indonésia",
        adjectives: "indonésio|indonésia|indonésios|indonésias",
        seats: "Jacarta",
    },
    LocalNames {
        code: "IRN",
        names: "Irã|Irão|o Irã|o Irão|República Islâmica do Irã|República Islâmica do Irão",
        adjectives: "iraniano|iraniana|iranianos|iranianas",
        seats: "Teerã|Teerão",
    },
    LocalNames {
        code: "IRQ",
        names: "Iraque|o Iraque",
        adjectives: "iraquiano|iraquiana|iraquianos|iraquianas",
        seats: "Bagdá|Bagdade",
    },
    LocalNames {
        code: "ISR",
        names: "Israel|Estado de Israel",
        adjectives: "israelense|israelenses",
        seats: "Jerusalém|Tel Aviv",
    },
    LocalNames {
        code: "JPN",
        names: "Japão|o Japão",
        adjectives: "japonês|japonesa|japoneses|japonesas|nipônico|nipônica|nipônicos|nipônicas|nipónico|nipónica|nipónicos|nipónicas",
        seats: "Tóquio",
    },
    LocalNames {
        code: "JOR",
        names: "Jordânia|a Jordânia",
        adjectives: "jordaniano|jordaniana|jordanianos|jordanianas",
        seats: "Amã",
    },
    LocalNames {
        code: "KAZ",
        names: "Cazaquistão|o Cazaquistão",
        adjectives: "cazaque|cazaques",
        seats: "Astana",
    },
    LocalNames {
        code: "KWT",
        names: "Kuwait|Kuweit|o Kuwait",
        adjectives: "kuwaitiano|kuwaitiana|kuwaitianos|kuwaitianas",
        seats: "",
    },
    LocalNames {
        code: "KGZ",
        names: "Quirguistão|Quirguízia",
        adjectives: "quirguiz|quirguizes|quirguistanês|quirguistanesa|quirguistaneses|quirguistanesas",
        seats: "Bishkek|Bisqueque",
    },
    LocalNames {
        code: "LAO",
        names: "Laos|o Laos",
        adjectives: "laosiano|laosiana|laosianos|laosianas",
        seats: "Vientiane",
    },
    LocalNames {
        code: "LBN",
        names: "Líbano|o Líbano",
        adjectives: "libanês|libanesa|libaneses|libanesas",
        seats: "Beirute",
    },
    LocalNames {
        code: "MYS",
        names: "Malásia|a Malásia",
        adjectives: "malásio|malásia|malásios|malásias",
        seats: "Kuala Lumpur|Putrajaya",
    },
    LocalNames {
        code: "MDV",
        names: "Maldivas|as Maldivas",
        adjectives: "maldivo|maldiva|maldivos|maldivas",
        seats: "Malé",
    },
    LocalNames {
        code: "MNG",
        names: "Mongólia|a Mongólia",
        adjectives: "mongol|mongóis|mongola|mongolas",
        seats: "Ulan Bator|Ulaanbaatar",
    },
    LocalNames {
        code: "MMR",
        names: "Mianmar|Myanmar|Birmânia",
        adjectives: "birmanês|birmanesa|birmaneses|birmanesas",
        seats: "Naypyidaw",
    },
    LocalNames {
        code: "NPL",
        names: "Nepal|o Nepal",
        adjectives: "nepalês|nepalesa|nepaleses|nepalesas",
        seats: "Katmandu",
    },
    LocalNames {
        code: "PRK",
        names: "Coreia do Norte|a Coreia do Norte|Coréia do Norte|República Popular Democrática da Coreia",
        adjectives: "norte-coreano|norte-coreana|norte-coreanos|norte-coreanas",
        seats: "Pyongyang|Pionguiangue",
    },
    LocalNames {
        code: "OMN",
        names: "Omã|Omão",
        adjectives: "omani|omanis|omanense|omanenses",
        seats: "Mascate",
    },
    LocalNames {
        code: "PAK",
        names: "Paquistão|o Paquistão",
        adjectives: "paquistanês|paquistanesa|paquistaneses|paquistanesas",
        seats: "Islamabad|Islamabade",
    },
    LocalNames {
        code: "PHL",
        names: "Filipinas|as Filipinas",
        adjectives: "filipino|filipina|filipinos|filipinas",
        seats: "Manila",
    },
    LocalNames {
        code: "QAT",
        names: "Catar|Qatar|o Catar|o Qatar",
        adjectives: "catari|cataris|catariano|catariana|catarianos|catarianas",
        seats: "Doha",
    },
    LocalNames {
        code: "KOR",
        names: "Coreia do Sul|a Coreia do Sul|Coréia do Sul|República da Coreia",
        adjectives: "sul-coreano|sul-coreana|sul-coreanos|sul-coreanas",
        seats: "Seul",
    },
    LocalNames {
        code: "SAU",
        names: "Arábia Saudita|a Arábia Saudita",
        adjectives: "saudita|sauditas",
        seats: "Riad|Riade",
    },
    LocalNames {
        code: "SGP",
        names: "Singapura|Cingapura",
        adjectives: "singapurense|singapurenses|cingapuriano|cingapuriana|cingapurianos|cingapurianas",
        seats: "",
    },
    LocalNames {
        code: "LKA",
        names: "Sri Lanka|o Sri Lanka",
        adjectives: "srilanquês|srilanquesa|srilanqueses|srilanquesas",
        seats: "",
    },
    LocalNames {
        code: "SYR",
        names: "Síria|a Síria",
        adjectives: "sírio|síria|sírios|sírias",
        seats: "Damasco",
    },
    LocalNames {
        code: "TJK",
        names: "Tajiquistão|o Tajiquistão",
        adjectives: "tajique|tajiques",
        seats: "Duchambé|Dushanbe",
    },
    LocalNames {
        code: "THA",
        names: "Tailândia|a Tailândia",
        adjectives: "tailandês|tailandesa|tailandeses|tailandesas",
        seats: "Bangkok|Banguecoque",
    },
    LocalNames {
        code: "TLS",
        names: "Timor-Leste|Timor Leste",
        adjectives: "timorense|timorenses",
        seats: "Díli",
    },
    LocalNames {
        code: "TUR",
        names: "Turquia|a Turquia",
        adjectives: "turco|turca|turcos|turcas",
        seats: "Ancara",
    },
    LocalNames {
        code: "TKM",
        names: "Turcomenistão|Turquemenistão",
        adjectives: "turcomeno|turcomena|turcomenos|turcomenas|turcomano|turcomana|turcomanos|turcomanas",
        seats: "Asgabate|Ashgabat",
    },
    LocalNames {
        code: "ARE",
        names: "Emirados Árabes Unidos|os Emirados Árabes Unidos|Emirados Árabes|EAU",
        adjectives: "emiradense|emiradenses|emiratense|emiratenses",
        seats: "Abu Dhabi|Abu Dabi",
    },
    LocalNames {
        code: "UZB",
        names: "Uzbequistão|o Uzbequistão",
        adjectives: "uzbeque|uzbeques",
        seats: "Tashkent|Tasquente",
    },
    LocalNames {
        code: "VNM",
        names: "Vietnã|Vietname|o Vietnã|o Vietname",
        adjectives: "vietnamita|vietnamitas",
        seats: "Hanói",
    },
    LocalNames {
        code: "YEM",
        names: "Iêmen|Iémen|o Iêmen|o Iémen",
        adjectives: "iemenita|iemenitas",
        seats: "Sanaa|Saná",
    },
    LocalNames {
        code: "PSE",
        names: "Palestina|a Palestina|Estado da Palestina|Autoridade Palestina|a Autoridade Palestina|Autoridade Nacional Palestina",
        adjectives: "palestino|palestina|palestinos|palestinas",
        seats: "Ramallah|Ramala",
    },
    LocalNames {
        code: "TWN",
        names: "Taiwan|Taiwã",
        adjectives: "taiwanês|taiwanesa|taiwaneses|taiwanesas",
        seats: "Taipé|Taipei",
    },
    LocalNames {
        code: "XNC",
        names: "Chipre do Norte|República Turca de Chipre do Norte|República Turca do Norte de Chipre",
        adjectives: "turco-cipriota|turco-cipriotas",
        seats: "",
    },
    LocalNames {
        code: "ALB",
        names: "Albânia|a Albânia",
        adjectives: "albanês|albanesa|albaneses|albanesas",
        seats: "Tirana",
    },
    LocalNames {
        code: "AND",
        names: "Andorra|Principado de Andorra",
        adjectives: "andorrano|andorrana|andorranos|andorranas",
        seats: "Andorra-a-Velha|Andorra la Vella",
    },
    LocalNames {
        code: "AUT",
        names: "Áustria|a Áustria",
        adjectives: "austríaco|austríaca|austríacos|austríacas",
        seats: "Viena",
    },
    LocalNames {
        code: "BLR",
        names: "Bielorrússia|a Bielorrússia|Belarus",
        adjectives: "bielorrusso|bielorrussa|bielorrussos|bielorrussas",
        seats: "Minsk",
    },
    LocalNames {
        code: "BEL",
        names: "Bélgica|a Bélgica",
        adjectives: "belga|belgas",
        seats: "",
    },
    LocalNames {
        code: "BIH",
        names: "Bósnia e Herzegovina|Bósnia-Herzegovina|Bósnia",
        adjectives: "bósnio|bósnia|bósnios|bósnias",
        seats: "Sarajevo",
    },
    LocalNames {
        code: "BGR",
        names: "Bulgária|a Bulgária",
        adjectives: "búlgaro|búlgara|búlgaros|búlgaras",
        seats: "",
    },
    LocalNames {
        code: "HRV",
        names: "Croácia|a Croácia",
        adjectives: "croata|croatas",
        seats: "Zagreb|Zagrebe",
    },
    LocalNames {
        code: "CZE",
        names: "República Tcheca|República Checa|a República Tcheca|a República Checa|Tchéquia|Chéquia",
        adjectives: "tcheco|tcheca|tchecos|tchecas|checo|checa|checos|checas",
        seats: "Praga",
    },
    LocalNames {
        code: "DNK",
        names: "Dinamarca|a Dinamarca",
        adjectives: "dinamarquês|dinamarquesa|dinamarqueses|dinamarquesas",
        seats: "Copenhague|Copenhaga",
    },
    LocalNames {
        code: "EST",
        names: "Estônia|Estónia",
        adjectives: "estoniano|estoniana|estonianos|estonianas|estónio|estónia|estónios|estónias",
        seats: "Tallinn",
    },
    LocalNames {
        code: "FIN",
        names: "Finlândia|a Finlândia",
        adjectives: "finlandês|finlandesa|finlandeses|finlandesas",
        seats: "Helsinque|Helsínquia",
    },
    LocalNames {
        code: "FRA",
        names: "França|a França",
        adjectives: "francês|francesa|franceses|francesas",
        seats: "Paris|Eliseu|o Eliseu|Palácio do Eliseu|Quai d'Orsay",
    },
    LocalNames {
        code: "DEU",
        names: "Alemanha|a Alemanha",
        adjectives: "alemão|alemã|alemães|alemãs",
        seats: "Berlim",
    },
    LocalNames {
        code: "GRC",
        names: "Grécia|a Grécia",
        adjectives: "grego|grega|gregos|gregas",
        seats: "Atenas",
    },
    LocalNames {
        code: "HUN",
        names: "Hungria|a Hungria",
        adjectives: "húngaro|húngara|húngaros|húngaras",
        seats: "Budapeste",
    },
    LocalNames {
        code: "ISL",
        names: "Islândia|a Islândia",
        adjectives: "islandês|islandesa|islandeses|islandesas",
        seats: "Reykjavík|Reiquiavique",
    },
    LocalNames {
        code: "IRL",
        names: "Irlanda|a Irlanda",
        adjectives: "irlandês|irlandesa|irlandeses|irlandesas",
        seats: "Dublin",
    },
    LocalNames {
        code: "ITA",
        names: "Itália|a Itália",
        adjectives: "italiano|italiana|italianos|italianas",
        seats: "Roma|Farnesina|a Farnesina|Palazzo Chigi",
    },
    LocalNames {
        code: "LVA",
        names: "Letônia|Letónia",
        adjectives: "letão|letã|letões|letãs",
        seats: "Riga",
    },
    LocalNames {
        code: "LIE",
        names: "Liechtenstein",
        adjectives: "liechtensteinense|liechtensteinenses",
        seats: "Vaduz",
    },
    LocalNames {
        code: "LTU",
        names: "Lituânia|a Lituânia",
        adjectives: "lituano|lituana|lituanos|lituanas",
        seats: "Vilnius",
    },
    LocalNames {
        code: "LUX",
        names: "Luxemburgo|o Luxemburgo",
        adjectives: "luxemburguês|luxemburguesa|luxemburgueses|luxemburguesas",
        seats: "",
    },
    LocalNames {
        code: "MLT",
        names: "Malta",
        adjectives: "maltês|maltesa|malteses|maltesas",
        seats: "Valletta|Valeta",
    },
    LocalNames {
        code: "MDA",
        names: "Moldávia|Moldova|a Moldávia",
        adjectives: "moldavo|moldava|moldavos|moldavas",
        seats: "Chisinau|Quixinau",
    },
    LocalNames {
        code: "MCO",
        names: "Mônaco|Mónaco",
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
        names: "Países Baixos|os Países Baixos|Holanda|a Holanda|Reino dos Países Baixos",
        adjectives: "neerlandês|neerlandesa|neerlandeses|neerlandesas|holandês|holandesa|holandeses|holandesas",
        seats: "Amsterdã|Amesterdão",
    },
    LocalNames {
        code: "MKD",
        names: "Macedônia do Norte|Macedónia do Norte|Macedônia|Macedónia",
        adjectives: "macedônio|macedônia|macedônios|macedônias|macedónio|macedónia|macedónios|macedónias|norte-macedônio|norte-macedônia|norte-macedônios|norte-macedônias",
        seats: "Skopje|Escópia",
    },
    LocalNames {
        code: "NOR",
        names: "Noruega|a Noruega",
        adjectives: "norueguês|norueguesa|noruegueses|norueguesas",
        seats: "Oslo",
    },
    LocalNames {
        code: "POL",
        names: "Polônia|Polónia|a Polônia|a Polónia",
        adjectives: "polonês|polonesa|poloneses|polonesas|polaco|polaca|polacos|polacas",
        seats: "Varsóvia",
    },
    LocalNames {
        code: "PRT",
        names: "Portugal",
        adjectives: "português|portuguesa|portugueses|portuguesas",
        seats: "Lisboa|Palácio das Necessidades|Palácio de São Bento|Palácio de Belém",
    },
    LocalNames {
        code: "ROU",
        names: "Romênia|Roménia|a Romênia|a Roménia",
        adjectives: "romeno|romena|romenos|romenas",
        seats: "Bucareste",
    },
    LocalNames {
        code: "RUS",
        names: "Rússia|a Rússia|Federação Russa|a Federação Russa|Federação da Rússia",
        adjectives: "russo|russa|russos|russas",
        seats: "Moscou|Moscovo|Kremlin|o Kremlin",
    },
    LocalNames {
        code: "SMR",
        names: "San Marino|São Marinho",
        adjectives: "são-marinense|são-marinenses|samarinês|samarinesa|samarineses|samarinesas",
        seats: "",
    },
    LocalNames {
        code: "SRB",
        names: "Sérvia|a Sérvia",
        adjectives: "sérvio|sérvia|sérvios|sérvias",
        seats: "Belgrado",
    },
    LocalNames {
        code: "SVK",
        names: "Eslováquia|a Eslováquia",
        adjectives: "eslovaco|eslovaca|eslovacos|eslovacas",
        seats: "Bratislava",
    },
    LocalNames {
        code: "SVN",
        names: "Eslovênia|Eslovénia",
        adjectives: "esloveno|eslovena|eslovenos|eslovenas",
        seats: "Liubliana|Ljubljana",
    },
    LocalNames {
        code: "ESP",
        names: "Espanha|a Espanha|Reino de Espanha",
        adjectives: "espanhol|espanhola|espanhóis|espanholas",
        seats: "Madri|Madrid|Moncloa|La Moncloa|a Moncloa|Palácio da Moncloa|Palácio de Santa Cruz",
    },
    LocalNames {
        code: "SWE",
        names: "Suécia|a Suécia",
        adjectives: "sueco|sueca|suecos|suecas",
        seats: "Estocolmo",
    },
    LocalNames {
        code: "CHE",
        names: "Suíça|a Suíça|Confederação Suíça",
        adjectives: "suíço|suíça|suíços|suíças",
        seats: "Berna",
    },
    LocalNames {
        code: "UKR",
        names: "Ucrânia|a Ucrânia",
        adjectives: "ucraniano|ucraniana|ucranianos|ucranianas",
        seats: "Kiev|Kyiv|Kiiv",
    },
    LocalNames {
        code: "GBR",
        names: "Reino Unido|o Reino Unido|Grã-Bretanha|a Grã-Bretanha",
        adjectives: "britânico|britânica|britânicos|britânicas",
        seats: "Londres|Downing Street|Foreign Office|o Foreign Office",
    },
    LocalNames {
        code: "VAT",
        names: "Santa Sé|a Santa Sé|Vaticano|o Vaticano|Cidade do Vaticano",
        adjectives: "vaticano|vaticana|vaticanos|vaticanas",
        seats: "",
    },
    LocalNames {
        code: "XKX",
        names: "Kosovo|o Kosovo",
        adjectives: "kosovar|kosovares|kosovano|kosovana|kosovanos|kosovanas",
        seats: "Pristina",
    },
    LocalNames {
        code: "AUS",
        names: "Austrália|a Austrália",
        adjectives: "australiano|australiana|australianos|australianas",
        seats: "Camberra|Canberra",
    },
    LocalNames {
        code: "FJI",
        names: "Fiji|Fidji",
        adjectives: "fijiano|fijiana|fijianos|fijianas",
        seats: "Suva",
    },
    LocalNames {
        code: "KIR",
        names: "Kiribati|Quiribati",
        adjectives: "kiribatiano|kiribatiana|kiribatianos|kiribatianas",
        seats: "Tarawa",
    },
    LocalNames {
        code: "MHL",
        names: "Ilhas Marshall|as Ilhas Marshall",
        adjectives: "marshallino|marshallina|marshallinos|marshallinas|marshalês|marshalesa|marshaleses|marshalesas",
        seats: "Majuro",
    },
    LocalNames {
        code: "FSM",
        names: "Micronésia|Estados Federados da Micronésia",
        adjectives: "micronésio|micronésia|micronésios|micronésias",
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
        names: "Nova Zelândia|a Nova Zelândia",
        adjectives: "neozelandês|neozelandesa|neozelandeses|neozelandesas",
        seats: "Wellington",
    },
    LocalNames {
        code: "PLW",
        names: "Palau",
        adjectives: "palauano|palauana|palauanos|palauanas",
        seats: "Ngerulmud",
    },
    LocalNames {
        code: "PNG",
        names: "Papua-Nova Guiné|Papua Nova Guiné",
        adjectives: "papua|papuas|papuásio|papuásia|papuásios|papuásias",
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
        names: "Ilhas Salomão|as Ilhas Salomão",
        adjectives: "salomonense|salomonenses",
        seats: "Honiara",
    },
    LocalNames {
        code: "TON",
        names: "Tonga",
        adjectives: "tonganês|tonganesa|tonganeses|tonganesas|tongano|tongana|tonganos|tonganas",
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
        names: "Nova Caledônia|Nova Caledónia",
        adjectives: "neocaledônio|neocaledônia|neocaledônios|neocaledônias|neocaledónio|neocaledónia|neocaledónios|neocaledónias",
        seats: "Nouméa",
    },
    LocalNames {
        code: "ATA",
        names: "Antártida|a Antártida|Antártica|a Antártica",
        adjectives: "",
        seats: "",
    },
    LocalNames {
        code: "ATF",
        names: "Terras Austrais e Antárticas Francesas|Terras Austrais Francesas",
        adjectives: "",
        seats: "",
    },
];

/// `(bloc code, names)`, codes as in [`data::BLOCS`](super::data::BLOCS).
static BLOCS: &[(&str, &str)] = &[
    ("EU", "a União Europeia|União Europeia|a UE|UE|Bruxelas|a Comissão Europeia|Comissão Europeia|o Conselho Europeu|Conselho Europeu|o Conselho da União Europeia|Conselho da UE|Serviço Europeu de Ação Externa|Serviço Europeu para a Ação Externa|o SEAE|SEAE|os Vinte e Sete|os Vinte e Oito"),
    ("LIMA", "Grupo de Lima|o Grupo de Lima"),
    ("OAS", "a OEA|OEA|Organização dos Estados Americanos|a Organização dos Estados Americanos"),
    ("ALBA", "ALBA|a ALBA|ALBA-TCP|Aliança Bolivariana para os Povos da Nossa América|a Aliança Bolivariana|Aliança Bolivariana"),
    ("MERCOSUR", "Mercosul|o Mercosul|MERCOSUL|Mercado Comum do Sul|o Mercado Comum do Sul"),
    ("CARICOM", "Caricom|a Caricom|o Caricom|CARICOM|Comunidade do Caribe|a Comunidade do Caribe|Comunidade das Caraíbas"),
    ("G7", "G7|o G7|G-7|Grupo dos Sete|o Grupo dos Sete"),
    ("ICG", "Grupo Internacional de Contato|o Grupo Internacional de Contato|Grupo Internacional de Contacto|o Grupo Internacional de Contacto|Grupo de Contato Internacional|Grupo de Contacto Internacional"),
    ("UNASUR", "Unasul|a Unasul|UNASUL|União de Nações Sul-Americanas|a União de Nações Sul-Americanas"),
    ("PROSUR", "Prosul|o Prosul|PROSUL|Fórum para o Progresso da América do Sul|Fórum para o Progresso e Desenvolvimento da América do Sul|Fórum para o Progresso e Integração da América do Sul"),
    ("CELAC", "Celac|a Celac|CELAC|Comunidade de Estados Latino-Americanos e Caribenhos|a Comunidade de Estados Latino-Americanos e Caribenhos|Comunidade dos Estados Latino-Americanos e Caribenhos"),
    ("AU", "União Africana|a União Africana|a UA"),
    ("BRICS", "BRICS|o BRICS|os BRICS|o Brics|Brics"),
];

/// Venezuela's government and its people, in Portuguese news.
static REGIME: &str = "o regime|O regime|a ditadura|A ditadura|o chavismo|O chavismo|chavismo|chavista|chavistas|o governo Maduro|O governo Maduro|o governo de Maduro|O governo de Maduro|o governo venezuelano|O governo venezuelano|o regime de Maduro|o regime chavista|o regime venezuelano|o regime madurista|a ditadura de Maduro|a ditadura chavista|a ditadura venezuelana|o governo bolivariano|a Revolução Bolivariana|a revolução bolivariana|o madurismo|madurismo|madurista|maduristas|o PSUV|PSUV|o Palácio de Miraflores";

/// Phrases that contain a country word (or a name the English tables read) but name no state taking a stance.
static BLOCKERS: &str = "América Latina|latino-americano|latino-americana|latino-americanos|latino-americanas|América do Sul|América do Norte|América Central|as Américas|Américas|sul-americano|sul-americana|sul-americanos|sul-americanas|centro-americano|centro-americana|centro-americanos|centro-americanas|afro-americano|afro-americana|afro-americanos|afro-americanas|ibero-americano|ibero-americana|ibero-americanos|ibero-americanas|hispano-americano|hispano-americana|hispano-americanos|hispano-americanas|anglo-americano|anglo-americana|anglo-americanos|anglo-americanas|pan-americano|pan-americana|pan-americanos|pan-americanas|luso-americano|luso-americana|luso-americanos|luso-americanas|cubano-americano|cubano-americana|cubano-americanos|cubano-americanas|venezuelano-americano|venezuelano-americanos|mexicano-americano|mexicano-americanos|Copa América|Voz da América|Novo México|Golfo do México|Golfo da América|Estado do México|Gran Colombia|Grã-Colômbia|Nova Espanha|Irlanda do Norte|Nova Guiné|Golfo da Guiné|Guiana Francesa|Guiana Essequiba|Guiana Holandesa|Guiana Inglesa|Samoa Americana|Ilhas Virgens Britânicas|Ilhas Virgens Americanas|Antilhas Holandesas|Caribe holandês|Caribe Holandês|Mar do Sul da China|Mar da China Meridional|Mar da China Oriental|Mar da China|Canal do Panamá|Papéis do Panamá|rio Paraguai|Rio Paraguai|rio Uruguai|Rio Uruguai|rio Congo|Rio Congo|rio Níger|Rio Níger|Santiago de Cuba|Santiago de Compostela|Francia Márquez|Guerra das Malvinas|Carta da Jamaica|Acordo de Barbados|Acordos de Barbados|Real Madrid|Atlético de Madrid|Comunidade de Madrid|Paris Saint-Germain|Acordo de Paris|Clube de Paris|Estatuto de Roma|Tratado de Roma|Muro de Berlim|Consenso de Washington|Convenção de Viena|Planalto Central|Banco do Brasil|Agência Brasil|TV Brasil|Jornal do Brasil|Jornal de Angola|Cristóvão Colombo|conta suíça|contas suíças|banco suíço|bancos suíços|anti-chavista|anti-chavistas|anti-chavismo|ex-chavista|ex-chavistas|Antártica Chilena|Antártida Chilena|Antártida Argentina";

static CONTRACTIONS: &[(&str, &str)] =
    &[("o", "do no ao pelo"), ("a", "da na à pela"), ("os", "dos nos aos pelos"), ("as", "das nas às pelas")];

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
