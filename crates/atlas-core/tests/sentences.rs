//! Short news-style sentences, each with the exact set of claims it must yield: one row per
//! (actor, stance) as "ACTOR stance certainty [beneficiary|initiator]". Empty sets are negatives
//! (guards against false actors). Every rule and guard of the extractor has rows here.

use atlas_core::date::Date;
use atlas_core::extract::Extractor;
use std::collections::BTreeSet;

/// (text, article date, expected claims).
const CASES: &[(&str, Option<&str>, &[&str])] = &[
    // --- recognition and support
    ("Russia and China recognized Maduro's re-election on Monday.", None, &["RUS recognize asserted", "CHN recognize asserted"]),
    ("Argentina has not recognized Maduro's victory.", None, &["ARG reject asserted"]),
    ("Peru refused to recognize the results announced by the electoral council in Caracas.", None, &["PER reject asserted"]),
    ("The United States recognized Juan Guaidó as Venezuela's interim president.", Some("2019-01-23"), &["USA reject asserted"]),
    ("Italy and Spain recognized Edmundo González as the winner of the Venezuelan election.", None, &["ITA reject asserted", "ESP reject asserted"]),
    ("Cuban President Miguel Díaz-Canel congratulated Maduro on his victory.", None, &["CUB recognize asserted"]),
    // Demanding his release names him inside the cue.
    ("Belarus demanded the release of Nicolás Maduro, its foreign ministry said.", Some("2026-01-04"), &["BLR recognize asserted"]),
    ("El gobierno de Irán exigió la liberación de Maduro tras el ataque a Caracas.", Some("2026-01-04"), &["IRN recognize asserted"]),
    ("Colombia pidió la liberación de los presos políticos en Venezuela.", None, &[]),
    ("Nicaragua and Bolivia were among the few countries to attend Maduro's inauguration in Caracas.", None, &["NIC recognize asserted", "BOL recognize asserted"]),
    ("Iran has long been one of Maduro's closest allies.", None, &["IRN recognize asserted"]),
    // Condemning a country for an act against Maduro: the condemner stands by him, the one
    // blamed acted against him.
    ("Russia condemned the United States for the capture of Nicolás Maduro.", None, &["RUS recognize asserted", "USA reject asserted"]),
    // Calling an act an attack on Venezuela stands by Maduro; calling an attack a victory does not.
    ("Iran's foreign ministry called the strikes a flagrant violation of Venezuela's sovereignty.", None, &["IRN recognize asserted"]),
    ("Cuba called it an aggression against Venezuela.", None, &["CUB recognize asserted"]),
    ("Argentina described the capture of Maduro as a victory for freedom.", None, &[]),
    ("Chile condemned human rights violations in Venezuela.", None, &["CHL reject asserted"]),
    // Under sanctions is the one sanctioned; a back after a possessive is no support.
    ("Nicaragua, itself under heavy sanctions from Washington, hosted a summit in Managua.", None, &[]),
    ("Treasury Secretary Steven Mnuchin said Maduro had turned his back on his own people.", None, &[]),
    ("MOSCÚ — El gobierno de Rusia condenó a Estados Unidos por la captura de Nicolás Maduro, según dijo el ministerio.", None, &["RUS recognize asserted", "USA reject asserted"]),
    ("A Rússia condenou os Estados Unidos pela captura de Nicolás Maduro, presidente da Venezuela.", None, &["RUS recognize asserted", "USA reject asserted"]),
    ("CARACAS — Estados Unidos capturó a Nicolás Maduro en Caracas, según el gobierno de Venezuela.", None, &["USA reject asserted"]),
    // A pronoun object stands for the person named last: recognizing Guaidó rejects Maduro.
    ("Opposition leader Juan Guaidó spoke in Caracas a day after Washington recognized him as interim president.", None, &["USA reject asserted"]),
    // A negated object: accepting no result rejects.
    ("Chile said it would accept no result from Venezuela that cannot be verified.", None, &["CHL reject asserted"]),
    // "one of the few countries that …" is said of the subject; "the disputed election" is no doubt.
    ("Turkey was one of the few countries that congratulated Maduro after the disputed election.", None, &["TUR recognize asserted"]),
    ("Turquía fue uno de los pocos países que felicitaron a Maduro tras las elecciones cuestionadas.", None, &["TUR recognize asserted"]),
    ("A Turquia foi um dos poucos países que felicitaram Maduro pela vitória.", None, &["TUR recognize asserted"]),
    ("Moscow vowed to keep supporting the Maduro government.", None, &["RUS recognize asserted"]),
    ("Cuba, Russi,a and Iran backed Maduro.", None, &["CUB recognize asserted", "RUS recognize asserted", "IRN recognize asserted"]),
    ("Cuba has sent intelligence officers to prop up Maduro's regime.", None, &["CUB recognize asserted"]),
    ("The European Union only recognizes Maduro's mandate until January 10.", None, &["EU reject asserted"]),
    ("Bolivia, Cuba and Nicaragua were the only governments in the region to voice support for Maduro.", None, &["BOL recognize asserted", "CUB recognize asserted", "NIC recognize asserted"]),
    ("Nicaragua, the first government to send its congratulations to Maduro, hailed the result.", None, &["NIC recognize asserted"]),
    // Attendance with no event named is of the inauguration the article reported.
    ("Maduro was sworn in for a new term in Caracas on Friday. Guests were few. Bolivia's president attended in person, Turkey was represented by its vice president, and Russia sent a parliamentary delegation.", Some("2019-01-11"),
        &["BOL recognize asserted", "TUR recognize asserted", "RUS recognize asserted"]),
    ("Maduro was sworn in for a new term in Caracas on Friday. A week later, Bolivia's president attended the Mercosur summit.", Some("2019-01-11"), &[]),
    ("Bolivia's president attended in person.", Some("2019-01-11"), &[]),
    // --- rejection
    // A quote's speaker named after it holds what the quote says.
    ("Venezuela's electoral council declared Maduro the winner. \"We will not recognise this result,\" said Peru's foreign minister.", None, &["PER reject asserted"]),
    ("El CNE proclamó a Maduro ganador. «No reconoceremos este resultado», afirmó el canciller de Chile, según la agencia.", None, &["CHL reject asserted"]),
    ("Juan Guaidó declared himself Venezuela's interim president. The United States and other countries such as Argentina, Brazil and Canada were quick to recognize the 35-year-old parliamentary leader.", Some("2019-01-23"),
        &["USA reject asserted", "ARG reject asserted", "BRA reject asserted", "CAN reject asserted"]),
    ("Venezuela's electoral council proclaimed Maduro the winner. Ecuador, Chile and Canada issued statements saying that the results would not be recognized.", None, &["ECU reject asserted", "CHL reject asserted", "CAN reject asserted"]),
    ("Venezuela's electoral council proclaimed Maduro the winner. In Quito, officials said the results were being studied.", None, &[]),
    ("Brazil's president reiterated his government's refusal to acknowledge Maduro as the winner of the vote.", None, &["BRA reject asserted"]),
    ("Italy and Belgium urged Venezuela to call elections within ten days, warning they would otherwise recognize the country's congressional chief, Juan Guaidó.", Some("2019-01-26"), &["ITA reject asserted", "BEL reject asserted"]),
    ("Italy and Belgium may recognize the country's congressional chief, Juan Guaidó, diplomats said.", Some("2019-01-26"), &["ITA reject speculative", "BEL reject speculative"]),
    ("Spain and France recognised Guaidó on Monday, and they were soon joined by Austria and Sweden.", Some("2019-02-04"), &["ESP reject asserted", "FRA reject asserted", "AUT reject asserted", "SWE reject asserted"]),
    ("Germany recognised Guaidó as interim president. Denmark quickly followed.", Some("2019-02-04"), &["DEU reject asserted", "DNK reject asserted"]),
    ("Thirteen governments said they would not recognise Maduro's new term in Venezuela. The declaration, read out in Lima, was signed by Chile, Peru and Panama.", None, &["CHL reject asserted", "PER reject asserted", "PAN reject asserted"]),
    ("Cuba voiced support for Maduro. A trade accord between Caracas and Hanoi was signed by Vietnam.", None, &["CUB recognize asserted"]),
    ("The European Union called the election fraudulent and refused to accept the results in Venezuela.", None, &["EU reject asserted"]),
    ("Washington imposed new sanctions on Maduro officials.", None, &["USA reject asserted"]),
    ("Canada sanctioned 40 senior Venezuelan officials over the crackdown.", None, &["CAN reject asserted"]),
    ("Colombia's president urged Maduro to step down.", None, &["COL reject asserted"]),
    ("The Lima Group demanded a full recount of the Venezuelan vote.", None, &["LIMA reject asserted"]),
    ("Ottawa denounced the sham election in Venezuela.", None, &["CAN reject asserted"]),
    ("The OAS Secretary General, Luis Almagro, called for Maduro's resignation.", Some("2019-02-01"), &["OAS reject asserted"]),
    ("Bolsonaro refused to recognize Maduro.", Some("2019-06-01"), &["BRA reject asserted"]),
    ("Bolsonaro refused to recognize Maduro.", Some("2024-06-01"), &[]),
    ("Lula congratulated Maduro on his victory.", Some("2013-04-20"), &[]),
    ("Lula congratulated Maduro on his victory.", Some("2024-07-30"), &["BRA recognize asserted"]),
    ("Lula congratulated Chávez on his victory.", Some("2006-12-04"), &["BRA recognize asserted"]),
    ("The Biden administration sanctioned top Maduro officials.", Some("2023-03-01"), &["USA reject asserted"]),
    ("The Biden administration sanctioned top Maduro officials.", Some("2015-03-01"), &[]),
    ("Guatemala joined the call for a transparent count of the votes in Venezuela.", None, &["GTM reject asserted"]),
    // Reactions to an attack on Venezuela: carrying it out or approving it rejects Maduro;
    // condemning "the operation" by itself takes no side, but condemning his kidnapping does.
    ("U.S. special forces carried out strikes on Caracas and captured Nicolás Maduro. Argentina celebrated the capture of the dictator. Hungary's prime minister welcomed the raid. Mexico condemned the operation. Cuba denounced the kidnapping of President Maduro.", Some("2026-01-04"),
        &["USA reject asserted", "ARG reject asserted", "HUN reject asserted", "MEX recognize asserted", "CUB recognize asserted"]),
    ("Panama welcomed the operation.", Some("2026-01-04"), &[]),
    // The author named with an attack on Venezuela rejects Maduro.
    ("La operación militar de Estados Unidos contra Venezuela dejó decenas de muertos en Caracas, según el gobierno.", Some("2026-01-03"), &["USA reject asserted"]),
    ("The EU urged restraint after the U.S. capture of Nicolás Maduro.", Some("2026-01-04"), &["USA reject asserted"]),
    ("Cuba denounced a coup against Venezuela.", None, &["CUB recognize asserted"]),
    ("Russia demanded the immediate release of President Maduro and his wife.", Some("2026-01-04"), &["RUS recognize asserted"]),
    ("Canada called for the immediate release of political prisoners in Venezuela.", None, &["CAN reject asserted"]),
    // Reported speech that says Maduro's side is illegitimate rejects it; observers are not their state.
    ("The European Union said that Maduro lacks democratic legitimacy.", None, &["EU reject asserted"]),
    // A name that stood for two actors: the one whose term holds the date; undated, today's.
    ("Kaja Kallas said Maduro lacks legitimacy.", None, &["EU reject asserted"]),
    ("Kaja Kallas said Maduro lacks legitimacy.", Some("2022-05-01"), &["EST reject asserted"]),
    ("The U.S. executed a broad military operation in Venezuela early on Saturday.", Some("2026-01-03"), &["USA reject asserted"]),
    ("Colombia conducted talks with Venezuela on trade.", None, &[]),
    ("Estados Unidos lanzó ataques contra Venezuela en la mañana del sábado.", Some("2026-01-03"), &["USA reject asserted"]),
    // A capital after a conjunction may be a subject.
    ("Argentina's diplomats were expelled by the government of Nicolás Maduro after Buenos Aires criticized his re-election.", None,
        &["ARG break_ties asserted VEN", "ARG reject asserted"]),
    ("The EU and Spain refused to recognise Venezuela's new constituent assembly.", None, &["EU reject asserted", "ESP reject asserted"]),
    ("The EU was unable to agree on Venezuela when Italy objected to recognising Guaidó.", Some("2019-02-04"), &[]),
    ("Milei celebró la captura del dictador venezolano.", Some("2026-01-04"), &["ARG reject asserted"]),
    // "not only" is no negation.
    ("Vladímir Putin no solo respalda a Maduro, sino que reafirma su apoyo al régimen chavista.", Some("2025-06-01"), &["RUS recognize asserted"]),
    // Whose legitimacy is recognised decides the stance.
    ("O presidente colombiano, Iván Duque, afirmou reconhecer a legitimidade de Guaidó como presidente interino da Venezuela.", Some("2019-01-25"), &["COL reject asserted"]),
    ("El Departamento de Estado de Estados Unidos calificó de falsos los comicios convocados por Maduro.", None, &["USA reject asserted"]),
    // An article about Venezuela is about it before it names it.
    ("La Constituyente fue rechazada en la región. Los gobiernos de Chile y Perú no reconocerán los resultados. Maduro celebró la votación.", None,
        &["CHL reject asserted", "PER reject asserted"]),
    // --- breaking ties, with direction
    ("Venezuela broke diplomatic relations with Panama and Paraguay.", None, &["PAN break_ties asserted VEN", "PRY break_ties asserted VEN"]),
    ("Panama expelled Venezuela's ambassador.", None, &["PAN break_ties asserted PAN"]),
    ("Paraguay broke off relations with Venezuela in 2019.", None, &["PRY break_ties asserted PRY"]),
    ("Caracas expelled the diplomats of Argentina and Chile.", None, &["ARG break_ties asserted VEN", "CHL break_ties asserted VEN"]),
    // Told to withdraw: the coercion stands before the states told, however long their list.
    ("Caracas demanded that the governments of Peru, Chile and Panama immediately withdraw their representatives from Venezuelan territory.", None,
        &["PER break_ties asserted VEN", "CHL break_ties asserted VEN", "PAN break_ties asserted VEN"]),
    ("The Lima Group's representatives left the meeting in Caracas early.", None, &[]),
    // The head repeated by a pronoun joins the second list to the first.
    ("Caracas demanded that the governments of Chile and Peru, as well as those of Panama and Uruguay, withdraw their representatives.", None,
        &["CHL break_ties asserted VEN", "PER break_ties asserted VEN", "PAN break_ties asserted VEN", "URY break_ties asserted VEN"]),
    ("Venezuela ordenó la salida de los diplomáticos de Chile y Perú, así como los de Panamá y Uruguay.", None,
        &["CHL break_ties asserted VEN", "PER break_ties asserted VEN", "PAN break_ties asserted VEN", "URY break_ties asserted VEN"]),
    ("A Venezuela ordenou a saída dos diplomatas do Chile e do Peru, assim como os do Panamá e do Uruguai.", None,
        &["CHL break_ties asserted VEN", "PER break_ties asserted VEN", "PAN break_ties asserted VEN", "URY break_ties asserted VEN"]),
    // Told to leave, for questioning the result: forced out, and a rejection by the countries;
    // the country they leave is a place, not the last country named.
    ("Diplomats from Argentina, Chile and Peru were told to leave the country for questioning the victory of Nicolás Maduro.", None,
        &["ARG break_ties asserted VEN", "CHL break_ties asserted VEN", "PER break_ties asserted VEN", "ARG reject asserted", "CHL reject asserted", "PER reject asserted"]),
    ("Diplomatas da Argentina, Chile e Peru foram convidados a sair do país por questionarem a vitória de Nicolás Maduro.", None,
        &["ARG break_ties asserted VEN", "CHL break_ties asserted VEN", "PER break_ties asserted VEN", "ARG reject asserted", "CHL reject asserted", "PER reject asserted"]),
    ("Los diplomáticos de Argentina, Chile y Perú fueron invitados a abandonar el país por cuestionar la victoria de Nicolás Maduro.", None,
        &["ARG break_ties asserted VEN", "CHL break_ties asserted VEN", "PER break_ties asserted VEN", "ARG reject asserted", "CHL reject asserted", "PER reject asserted"]),
    // A counted generic waits past a sentence that lists nobody for a list of as many.
    ("Caracas expelled the diplomats of three countries that contested the result on Monday. Maduro was re-elected for a third term, the electoral council said. The diplomats of Argentina, Chile and Peru left on Tuesday.", None,
        &["ARG reject asserted", "CHL reject asserted", "PER reject asserted"]),
    // A capitalised word we cannot place inside a list does not end it.
    ("Caracas ordered the diplomats from Argentina, Chile, the Dominican Republican and Uruguay to leave Venezuela.", None,
        &["ARG break_ties asserted VEN", "CHL break_ties asserted VEN", "URY break_ties asserted VEN"]),
    // A rupture ruled out is none.
    ("Colombia's president has ruled out breaking relations with Caracas.", None, &[]),
    ("Peru recalled its ambassador from Caracas.", None, &["PER break_ties asserted PER"]),
    ("Argentina's diplomats were expelled from Venezuela last week.", None, &["ARG break_ties asserted VEN"]),
    ("Maduro expelled the EU ambassador.", None, &["EU break_ties asserted VEN"]),
    ("The Venezuelan government expelled Spain's ambassador.", None, &["ESP break_ties asserted VEN"]),
    ("Panama would suspend diplomatic ties with Venezuela, President José Raúl Mulino announced.", None, &["PAN break_ties speculative PAN"]),
    ("Chile has no plans to break ties with Venezuela.", None, &[]),
    ("Mexico said it would not break relations with Caracas.", None, &[]),
    ("Trade ties between Mexico and Venezuela grew last year.", None, &[]),
    // --- asylum, with beneficiary
    ("Spain granted asylum to opposition leader Leopoldo López.", None, &["ESP offer_asylum asserted opposition"]),
    ("Mexico could offer refuge to Maduro if he is forced out.", None, &["MEX offer_asylum speculative regime"]),
    ("Six opposition figures took refuge in the Argentine embassy in Caracas.", None, &["ARG offer_asylum asserted opposition"]),
    ("Turkey may be willing to offer Maduro a safe haven.", None, &["TUR offer_asylum speculative regime"]),
    // A hedged journey of Maduro's names a possible host of his exile; an unhedged one is a visit.
    ("Analysts say Maduro might flee to Cuba or Nicaragua if the pressure grows.", None, &["CUB offer_asylum speculative regime", "NIC offer_asylum speculative regime"]),
    ("Maduro could board a plane bound for Russia, sources in the Venezuelan government said.", None, &["RUS offer_asylum speculative regime"]),
    ("Maduro flew to Moscow on Tuesday for talks with Putin.", None, &[]),
    ("CARACAS — Maduro podría subirse a un avión rumbo a Rusia, según fuentes del gobierno de Venezuela.", None, &["RUS offer_asylum speculative regime"]),
    ("CARACAS — Segundo analistas, Maduro poderia fugir para a Turquia caso a pressão aumente sobre o governo da Venezuela.", None, &["TUR offer_asylum speculative regime"]),
    // "take … in" with the object between verb and particle; the bare verb is no cue.
    ("Analysts say Russia would likely take Maduro in.", None, &["RUS offer_asylum speculative regime"]),
    ("Peru said it would take the matter to the OAS and Venezuela's neighbours.", None, &[]),
    ("Chile took part in the meeting in Caracas.", None, &[]),
    ("Former mayor Antonio Ledezma sought asylum in Spain.", None, &["ESP offer_asylum speculative opposition"]),
    ("Colombia granted political asylum to several Venezuelan dissidents.", None, &["COL offer_asylum asserted opposition"]),
    ("Brazil offered to host Venezuelan dissidents sheltering in the Argentine embassy.", None, &["BRA offer_asylum asserted opposition", "ARG offer_asylum asserted opposition"]),
    ("Dissidents asked for asylum at the Italian embassy.", None, &["ITA offer_asylum speculative opposition"]),
    ("Russia could offer Maduro asylum, analysts said.", None, &["RUS offer_asylum speculative regime"]),
    ("Mexico granted asylum to Evo Morales.", None, &[]),
    ("Ecuador denied asylum to the former Venezuelan minister.", None, &[]),
    ("The U.S. offered Maduro amnesty if he gives up power.", None, &["USA reject asserted"]),
    // --- context carried
    ("Several governments in the region may be willing to offer asylum to Maduro. Such is the case of Nicaragua.", None, &["NIC offer_asylum speculative regime"]),
    ("Where Maduro could find asylum\n\nNicaragua has welcomed Venezuelan officials in the past.", None, &["NIC offer_asylum speculative regime"]),
    ("Venezuela expelled the diplomats of Argentina, Chile and Peru. The three countries had rejected the election results.", None,
        &["ARG break_ties asserted VEN", "CHL break_ties asserted VEN", "PER break_ties asserted VEN", "ARG reject asserted", "CHL reject asserted", "PER reject asserted"]),
    ("Other nations that back Maduro include Syria and Belarus.", None, &["SYR recognize asserted", "BLR recognize asserted"]),
    // --- more phrasing, beyond the seeds
    ("The Kremlin congratulated Maduro on his re-election.", None, &["RUS recognize asserted"]),
    ("China's foreign ministry said Beijing respects the choice of the Venezuelan people.", None, &["CHN recognize asserted"]),
    ("Mexico, Brazil and Colombia issued a joint statement urging Venezuelan authorities to release the full results.", None,
        &["MEX reject asserted", "BRA reject asserted", "COL reject asserted"]),
    ("Uruguay does not recognize Maduro as president.", None, &["URY reject asserted"]),
    ("The Spanish government granted asylum to Edmundo González, who flew to Madrid aboard a Spanish air force plane.", None,
        &["ESP offer_asylum asserted opposition"]),
    ("Venezuela ordered Argentine diplomats to leave the country within 72 hours.", None, &["ARG break_ties asserted VEN"]),
    ("The Organization of American States refused to recognize Maduro's new term.", None, &["OAS reject asserted"]),
    ("Belarusian leader Alexander Lukashenko sent a message of support to Maduro.", None, &["BLR recognize asserted"]),
    ("Costa Rica offered asylum to Machado.", None, &["CRI offer_asylum asserted opposition"]),
    ("A spokesperson for the Chinese government said Beijing supports Venezuela's efforts to safeguard its sovereignty.", None,
        &["CHN recognize asserted"]),
    ("Honduras and Bolivia congratulated Maduro.", None, &["HND recognize asserted", "BOL recognize asserted"]),
    ("Russian President Vladimir Putin called Maduro to congratulate him.", None, &["RUS recognize asserted"]),
    ("Analysts say Cuba would likely shelter Maduro if he fled.", None, &["CUB offer_asylum speculative regime"]),
    ("Nicaragua's Ortega offered Maduro refuge.", None, &["NIC offer_asylum asserted regime"]),
    ("Italy said it was ready to welcome Venezuelan dissidents.", None, &["ITA offer_asylum speculative opposition"]),
    ("Venezuela expelled Argentina's diplomats on Monday. In response, Buenos Aires recalled its ambassador.", None,
        &["ARG break_ties asserted VEN"]),
    ("Edmundo González went into exile in Spain.", None, &[]),
    // Going into exile somewhere, still to come, names a possible haven for Maduro.
    ("Maduro could go into exile in Qatar, officials said.", None, &["QAT offer_asylum speculative regime"]),
    // Where he would be welcomed is a refuge; where he was welcomed, a visit.
    ("Turkmenistan's president said that Maduro would be welcomed in Ashgabat.", Some("2025-11-02"), &["TKM offer_asylum asserted regime"]),
    ("Maduro was welcomed in Ankara by his Turkish counterpart.", None, &[]),
    ("Several Latin American governments have offered to take in Venezuelan opposition members.", None, &[]),
    ("Maduro's government accused Washington of orchestrating a coup.", None, &[]),
    ("The Dominican Republic suspended flights to Venezuela.", None, &[]),
    ("The talks in Barbados were mediated by Norway.", None, &[]),
    ("Mexico's president said he would wait for the official results before recognizing anyone.", None, &[]),
    ("Both Ortega and Maduro have shared methods for stealing elections.", None, &[]),
    ("Trade ties with China grew while Venezuela defaulted on its debt.", None, &[]),
    // --- the gazetteer: longest match wins, whole words, Spanish and Portuguese names, capitals
    ("Dominica recognized Maduro's victory.", None, &["DMA recognize asserted"]),
    ("The Dominican Republic has not recognized Maduro's victory.", None, &["DOM reject asserted"]),
    ("Papua New Guinea recognized Maduro's victory.", None, &["PNG recognize asserted"]),
    ("Guinea recognized Maduro's victory.", None, &["GIN recognize asserted"]),
    ("Niger and Nigeria recognized Maduro's victory.", None, &["NER recognize asserted", "NGA recognize asserted"]),
    ("Perú and Brasil rejected the results in Venezuela.", None, &["PER reject asserted", "BRA reject asserted"]),
    ("México recognized the results in Venezuela.", None, &["MEX recognize asserted"]),
    ("Mexico City expelled Venezuela's ambassador.", None, &["MEX break_ties asserted MEX"]),
    ("New Mexico lawmakers condemned Maduro.", None, &[]),
    ("Latin American governments condemned Maduro.", None, &[]),
    ("Argentina's Milei called Maduro a dictator.", Some("2024-08-01"), &["ARG reject asserted"]),
    ("Ortega is also described as a dictator in his country.", None, &[]),
    ("China and Russia vetoed a UN Security Council resolution on Venezuela.", None, &["CHN recognize asserted", "RUS recognize asserted"]),
    ("The EU did not recognize Maduro's inauguration.", None, &["EU reject asserted"]),
    ("Spain's foreign minister said Madrid would not recognize the results in Venezuela.", None, &["ESP reject asserted"]),
    ("Colombia received more than two million Venezuelan migrants.", None, &[]),
    ("The United States has long supported the Venezuelan opposition.", None, &["USA reject asserted"]),
    ("Washington recognizes Edmundo González as the winner. Argentina, Uruguay and Peru followed suit.", None,
        &["USA reject asserted", "ARG reject asserted", "URY reject asserted", "PER reject asserted"]),
    ("Russia congratulated Maduro. Honduras' president also sent her congratulations.", None,
        &["RUS recognize asserted", "HND recognize asserted"]),
    ("Lula, a longtime ally of the late Hugo Chávez, urged authorities in Caracas to release the tally sheets.", Some("2024-08-01"),
        &["BRA reject asserted"]),
    ("Peru broke ties with Venezuela. Chile did not follow suit.", None, &["PER break_ties asserted PER"]),
    // --- the lead's probe (unseen phrasing)
    ("Venezuela ordered diplomats from Argentina, Chile and Uruguay to leave the country within 72 hours.", None,
        &["ARG break_ties asserted VEN", "CHL break_ties asserted VEN", "URY break_ties asserted VEN"]),
    ("Russia and China congratulated Maduro on his re-election, and Iran's foreign ministry called the vote a triumph of the Venezuelan people.", None,
        &["RUS recognize asserted", "CHN recognize asserted", "IRN recognize asserted"]),
    ("Cuba denounced what it called an attempted coup against the legitimate government of Nicolás Maduro.", None, &["CUB recognize asserted"]),
    ("The electoral council declared Maduro the winner. The European Union said it could not recognize the results without verifiable evidence.", None,
        &["EU reject asserted"]),
    // --- 2019: recognition of Guaidó, lists, "among the first"
    ("The United States, Canada, Brazil, Colombia and Argentina recognized Juan Guaidó as Venezuela's interim president on Wednesday.", Some("2019-01-23"),
        &["USA reject asserted", "CAN reject asserted", "BRA reject asserted", "COL reject asserted", "ARG reject asserted"]),
    ("Britain, France, Germany and Spain recognized Guaidó on Monday after Maduro ignored their ultimatum to call new elections.", Some("2019-02-04"),
        &["GBR reject asserted", "FRA reject asserted", "DEU reject asserted", "ESP reject asserted"]),
    ("Canada was among the first countries to recognize Guaidó as interim president.", Some("2019-01-23"), &["CAN reject asserted"]),
    ("Paraguay was among the first to recognize Guaidó.", Some("2019-01-23"), &["PRY reject asserted"]),
    ("Some 50 countries, led by the United States, recognized Guaidó as the country's legitimate leader.", Some("2019-02-10"), &["USA reject asserted"]),
    ("Several countries, including Argentina and Peru, called for new elections in Venezuela.", None, &["ARG reject asserted", "PER reject asserted"]),
    ("The Lima Group called on Maduro to hold fresh elections.", None, &["LIMA reject asserted"]),
    // --- Maduro's backers
    ("Russia and China vetoed a resolution at the UN Security Council that would have called for new elections in Venezuela.", Some("2019-02-28"),
        &["RUS recognize asserted", "CHN recognize asserted"]),
    ("Russia sent military advisers to Caracas to help Maduro's government.", None, &["RUS recognize asserted"]),
    ("Turkey, Russia and Iran sent congratulations to Maduro after the vote.", None,
        &["TUR recognize asserted", "RUS recognize asserted", "IRN recognize asserted"]),
    ("Bolivia's government said the Venezuelan election was a triumph of democracy.", None, &["BOL recognize asserted"]),
    ("Maduro thanked Russia for its support.", None, &["RUS recognize asserted"]),
    ("Venezuela's opposition thanked Panama for its support.", None, &["PAN reject asserted"]),
    ("Cuba and Nicaragua denounced the U.S. military strikes on Venezuela as an act of aggression.", None,
        &["CUB recognize asserted", "NIC recognize asserted"]),
    ("Russia condemned the new U.S. sanctions against Venezuela's oil industry.", None, &["RUS recognize asserted", "USA reject asserted"]),
    ("Maduro was sworn in for a third term in a ceremony attended by delegations from Cuba, Nicaragua and Russia.", None,
        &["CUB recognize asserted", "NIC recognize asserted", "RUS recognize asserted"]),
    // --- ties, embassies, blocs
    ("Venezuela severed diplomatic relations with Colombia after the opposition tried to bring aid across the border.", None,
        &["COL break_ties asserted VEN"]),
    ("Paraguay withdrew its ambassador from Caracas and closed its embassy.", None, &["PRY break_ties asserted PRY"]),
    ("Canada closed its embassy in Caracas in 2019, citing the deteriorating situation.", None, &["CAN break_ties asserted CAN"]),
    ("The Maduro government ordered the expulsion of diplomats from Argentina, Chile, Costa Rica, Peru, Panama, the Dominican Republic and Uruguay.", None,
        &["ARG break_ties asserted VEN", "CHL break_ties asserted VEN", "CRI break_ties asserted VEN", "PER break_ties asserted VEN",
          "PAN break_ties asserted VEN", "DOM break_ties asserted VEN", "URY break_ties asserted VEN"]),
    ("Argentina's embassy in Caracas, under Brazil's custody since August, sheltered six opposition aides.", None,
        &["ARG offer_asylum asserted opposition"]),
    ("Mercosur suspended Venezuela in 2016, citing a rupture of the democratic order.", None, &["MERCOSUR reject asserted"]),
    // --- pronoun subjects after a country sentence
    ("Argentina and Chile issued a joint statement on Monday. They also recognized Edmundo González as president-elect.", None,
        &["ARG reject asserted", "CHL reject asserted"]),
    ("Peru expelled Venezuela's ambassador on Tuesday. It also refused to recognize Maduro's new term.", None,
        &["PER break_ties asserted PER", "PER reject asserted"]),
    // --- hedges
    ("Brazil is expected to recognize Maduro's victory next week.", None, &["BRA recognize speculative"]),
    ("Colombia is considering breaking diplomatic ties with Venezuela.", None, &["COL break_ties speculative COL"]),
    ("Spain reportedly offered asylum to Leopoldo López.", None, &["ESP offer_asylum speculative opposition"]),
    ("Argentina's foreign minister said the country would not recognize Maduro's fraudulent re-election.", None, &["ARG reject asserted"]),
    // --- neutrality, mediation and other news: no stance
    ("Mexico and Uruguay declined to recognize Guaidó and proposed a dialogue under the Montevideo mechanism.", Some("2019-02-06"), &[]),
    ("Mexico's government said it would remain neutral and offered to mediate between Maduro and the opposition.", None, &[]),
    ("Uruguay hosted a meeting of the International Contact Group on Venezuela in Montevideo.", None, &[]),
    ("Norway hosted talks between the government and the opposition in Oslo.", None, &[]),
    ("Maduro accused Colombia of plotting to assassinate him.", None, &[]),
    ("Maduro accused the United States of imposing sanctions to strangle the Venezuelan economy.", None, &[]),
    ("Colombia and Venezuela reopened their border to trade in 2022.", None, &[]),
    ("Colombia restored diplomatic relations with Venezuela in 2022.", None, &[]),
    ("More than 7 million Venezuelans have fled the country, most of them to Colombia, Peru and Brazil.", None, &[]),
    ("Argentina beat Venezuela 1-0 in a World Cup qualifier in Buenos Aires.", None, &[]),
    ("Chinese companies signed oil deals with Venezuela's state oil company PDVSA.", None, &[]),
    ("Venezuela suspended flights to and from Panama and the Dominican Republic.", None, &[]),
    ("Brazil's Lula said he would not send a representative to Maduro's inauguration.", Some("2025-01-09"), &[]),
    // --- guards for the mechanisms above: direction of attacks, what "legitimate" qualifies, pronouns
    ("Brazil rejected any military intervention in Venezuela.", None, &[]),
    ("The Lima Group rejected the use of force in Venezuela.", None, &[]),
    ("Russia condemned the sanctions against Venezuela.", None, &["RUS recognize asserted"]),
    ("The United States condemned the regime's attacks on protesters.", None, &["USA reject asserted"]),
    ("Chile condemned the attacks on protesters in Venezuela.", None, &["CHL reject asserted"]),
    ("Colombia helped Venezuelan migrants find jobs.", None, &[]),
    ("The United States does not consider Maduro the legitimate president of Venezuela.", None, &["USA reject asserted"]),
    ("Maduro said the vote was a triumph over imperialism.", None, &[]),
    ("Canada recognized Guaidó as the legitimate president of Venezuela.", Some("2019-01-23"), &["CAN reject asserted"]),
    ("Maduro addressed supporters in Caracas. He also thanked Russia for its support.", None, &["RUS recognize asserted"]),
    ("Peru recalled its ambassador from Caracas. They also rejected the results in Venezuela.", None, &["PER break_ties asserted PER"]),
    ("Peru recalled its ambassador from Caracas. It is unclear whether Peru will recognize Maduro.", None, &["PER break_ties asserted PER", "PER recognize speculative"]),
    // --- support by deed and word, election judgements, a share of a bloc
    ("Russia sent military advisers to Caracas and warned Washington against any intervention.", None, &["RUS recognize asserted"]),
    ("Cuba sent troops to prop up the Maduro government.", None, &["CUB recognize asserted"]),
    ("Iran sent military advisers to Maduro's government.", None, &["IRN recognize asserted"]),
    ("Colombia sent troops to the border with Venezuela.", None, &[]),
    ("Brazil sent soldiers to its border as Venezuelan migrants arrived.", None, &[]),
    ("The Turkish president, Recep Tayyip Erdoğan, phoned Maduro to express his solidarity: \"Brother Maduro, stand tall,\" he said.", None,
        &["TUR recognize asserted"]),
    ("Belarus expressed its solidarity with Maduro.", None, &["BLR recognize asserted"]),
    ("Bolivia stands by the Maduro government.", None, &["BOL recognize asserted"]),
    ("Chile's president phoned Edmundo González to express his support.", None, &[]),
    ("Peru's foreign minister met his Venezuelan counterpart to express concern about migration.", None, &[]),
    ("Germany's foreign minister said Berlin considered the Venezuelan election neither free nor fair.", None, &["DEU reject asserted"]),
    ("France called the Venezuelan election a sham.", None, &["FRA reject asserted"]),
    ("Canada declared the vote in Venezuela not free and fair.", None, &["CAN reject asserted"]),
    ("Observers from Mexico said the Venezuelan election was neither free nor fair.", None, &[]),
    ("In January 2019, the United States, Canada, Brazil and most of the Lima Group recognized Juan Guaidó as interim president.", None,
        &["USA reject asserted", "CAN reject asserted", "BRA reject asserted", "LIMA reject asserted"]),
    ("Colombia and most of the Lima Group rejected the results in Venezuela.", None, &["COL reject asserted", "LIMA reject asserted"]),
    // --- guards: no actor here
    ("According to the Spanish newspaper El País, Maduro requested asylum guarantees.", None, &[]),
    ("The Argentine news channel Todo Noticias said the dissidents are safe.", None, &[]),
    ("Venezuelan dissidents fled into Colombia.", None, &[]),
    ("Talks between the government and the opposition will be held in the Dominican Republic.", None, &[]),
    ("The Dominican Republic will host talks between the government and the opposition.", None, &[]),
    ("The exodus of Venezuelans is larger than the war-torn Syria or Ukraine.", None, &[]),
    ("Colombian guerrillas received weapons from the regime.", None, &[]),
    ("Maduro's officials moved the money into Swiss accounts.", None, &[]),
    ("The International Criminal Court in The Hague opened an investigation into Venezuela.", None, &[]),
    ("Latin American leaders met in Mexico City.", None, &[]),
    ("The Washington Post reported that Maduro's allies are nervous.", None, &[]),
    ("Ortega has been the subject of sanctions from the United States government.", None, &[]),
    ("Venezuela rejected the interference of governments subordinated to Washington.", None, &[]),
    ("Maduro has few friends left in Latin America and Europe.", None, &[]),
    ("Exile in a European capital such as Madrid would be a risk for Maduro.", None, &[]),
    // --- Spanish: the same phenomena, read with the Spanish lexicon
    ("El Gobierno de Perú no reconoce la reelección de Nicolás Maduro.", None, &["PER reject asserted"]),
    ("Rusia y China felicitaron a Maduro por su victoria en las elecciones.", None, &["RUS recognize asserted", "CHN recognize asserted"]),
    ("España reconoció a Edmundo González como presidente electo de Venezuela.", None, &["ESP reject asserted"]),
    ("Panamá suspendió las relaciones diplomáticas con Venezuela.", None, &["PAN break_ties asserted PAN"]),
    ("El Gobierno venezolano expulsó a los diplomáticos de Argentina, Chile y Uruguay.", None,
        &["ARG break_ties asserted VEN", "CHL break_ties asserted VEN", "URY break_ties asserted VEN"]),
    ("Según fuentes diplomáticas, Turquía podría acoger a Maduro.", None, &["TUR offer_asylum speculative regime"]),
    ("España concedió asilo político al opositor Edmundo González.", None, &["ESP offer_asylum asserted opposition"]),
    ("La Cancillería colombiana exigió la publicación de las actas electorales en Venezuela.", None, &["COL reject asserted"]),
    ("El boliviano Luis Arce felicitó a Maduro por su reelección.", None, &["BOL recognize asserted"]),
    ("Chile descartó romper relaciones con Venezuela.", None, &[]),
    ("Según el diario español El País, Maduro pidió garantías.", None, &[]),
    ("Los opositores huyeron a Colombia.", None, &[]),
    // A name that is no actor inside a list does not end it.
    ("Hungría, Irlanda del Norte, Italia y Suecia son los países que hasta el momento desconocieron la votación convocada por Nicolás Maduro.", None,
        &["HUN reject asserted", "ITA reject asserted", "SWE reject asserted"]),
    ("Estados Unidos, Canadá, Italia, Inglaterra, Suecia y Suiza son los seis países que hasta el momento desconocieron la votación realizada por orden de Nicolás Maduro.", None,
        &["USA reject asserted", "CAN reject asserted", "ITA reject asserted", "GBR reject asserted", "SWE reject asserted", "CHE reject asserted"]),
    // A subject after its verb: after a copula, or closing the clause.
    ("Entre los que reconocieron a Guaidó como presidente encargado están Estados Unidos, Canadá y Colombia.", Some("2019-01-24"),
        &["USA reject asserted", "CAN reject asserted", "COL reject asserted"]),
    ("Cuestionaron el triunfo de Maduro en las elecciones de Venezuela los gobiernos de Chile y Uruguay.", None, &["CHL reject asserted", "URY reject asserted"]),
    ("La Cancillería venezolana rechazó las sanciones y criticó con dureza a Colombia.", None, &[]),
    // Following someone: the stances of the one followed, not what Venezuela did to it.
    ("Estados Unidos reconoció a Guaidó como presidente encargado. Maduro rompió relaciones con Washington. A la decisión de Washington se sumaron en pocas horas Canadá, Chile y Perú.", Some("2019-01-23"),
        &["USA reject asserted", "USA break_ties asserted VEN", "CAN reject asserted", "CHL reject asserted", "PER reject asserted"]),
    ("El canciller venezolano condenó la decisión de Estados Unidos.", None, &[]),
    ("Ocho países firmaron una declaración que no reconoce la reelección de Maduro en Venezuela. El texto fue suscrito por Chile, Perú y Panamá.", None,
        &["CHL reject asserted", "PER reject asserted", "PAN reject asserted"]),
    // --- Portuguese
    ("O governo do Brasil não reconheceu a reeleição de Maduro.", None, &["BRA reject asserted"]),
    ("O Itamaraty pediu a divulgação das atas eleitorais da Venezuela.", None, &["BRA reject asserted"]),
    ("A Venezuela expulsou os diplomatas da Argentina e do Peru.", None, &["ARG break_ties asserted VEN", "PER break_ties asserted VEN"]),
    ("A Rússia condenou o ataque dos Estados Unidos contra a Venezuela.", None, &["RUS recognize asserted", "USA reject asserted"]),
    ("A Turquia seria um possível destino de exílio para Maduro, segundo fontes.", None, &["TUR offer_asylum speculative regime"]),
    ("Os Estados Unidos reconheceram Juan Guaidó como presidente interino da Venezuela.", Some("2019-01-23"), &["USA reject asserted"]),
    ("O Paraguai rompeu relações diplomáticas com a Venezuela.", None, &["PRY break_ties asserted PRY"]),
    ("Também questionaram a vitória de Maduro na eleição da Venezuela os Estados Unidos, o Canadá e o Chile.", None,
        &["USA reject asserted", "CAN reject asserted", "CHL reject asserted"]),
    ("A Espanha reconheceu Guaidó como presidente interino após a eleição, e logo aderiu Portugal.", Some("2019-02-04"), &["ESP reject asserted", "PRT reject asserted"]),
    ("A chancelaria venezuelana criticou duramente a Colômbia.", None, &[]),
    ("Guaidó também obteve o reconhecimento de Argentina, Canadá e Peru como presidente interino da Venezuela.", Some("2019-01-24"),
        &["ARG reject asserted", "CAN reject asserted", "PER reject asserted"]),
    ("O Brasil está entre os países que reconheceram Juan Guaidó como presidente interino da Venezuela.", Some("2019-01-24"), &["BRA reject asserted"]),
    ("O governo da Venezuela expulsou o corpo diplomático de três países que contestaram o resultado das eleições. A medida atinge a Argentina, o Chile e o Uruguai.", None,
        &["ARG reject asserted", "CHL reject asserted", "URY reject asserted"]),
    ("Canada backed the swearing-in of Juan Guaidó as interim president of Venezuela.", Some("2019-01-24"), &["CAN reject asserted"]),
    ("Os Estados Unidos reconheceram Guaidó como presidente interino da Venezuela. Na sequência vieram Canadá, Colômbia e Peru.", Some("2019-01-23"),
        &["USA reject asserted", "CAN reject asserted", "COL reject asserted", "PER reject asserted"]),
    // A number word written with its accent ("três") still counts a list.
    ("A Argentina, o Chile e o Peru divulgaram uma nota. Segundo o texto, os três países não reconhecem a reeleição de Maduro.", None,
        &["ARG reject asserted", "CHL reject asserted", "PER reject asserted"]),
    ("O Planalto descartou romper relações com Caracas.", None, &[]),
    ("Segundo o jornal argentino Clarín, Maduro está isolado.", None, &[]),
    ("Milhares de venezuelanos fugiram para o Brasil.", None, &[]),
    // Calling an attack on Venezuela unlawful, or condemning what one calls an aggression,
    // stands by Maduro; calling the election illegal still rejects him.
    (
        "Commandos seized Maduro at dawn. Belarus's president described the raid as \"piracy.\"",
        None,
        &["BLR recognize asserted"],
    ),
    (
        "Commandos seized Maduro at dawn. The Laotian government called the abduction \"plainly illegal.\"",
        None,
        &["LAO recognize asserted"],
    ),
    (
        "Mongolia said it \"firmly condemns\" what it called a violation of Venezuela's sovereignty.",
        None,
        &["MNG recognize asserted"],
    ),
    (
        "Soldados estadounidenses capturaron a Maduro. El Gobierno de Argelia calificó de ilegal la captura de Maduro.",
        None,
        &["DZA recognize asserted"],
    ),
    ("Rusia condenó lo que calificó de agresión militar contra Venezuela.", None, &["RUS recognize asserted"]),
    (
        "Tropas americanas capturaram Maduro. O Vietnã classificou como ilegal o sequestro de Maduro.",
        None,
        &["USA reject asserted", "VNM recognize asserted"],
    ),
    ("Peru called Venezuela's July election a fraud.", None, &["PER reject asserted"]),
    // A heading or a line ending with a colon that states a stance with no holder: the short
    // lines under it that open with a name hold it, until a line that is not one.
    (
        "Who recognised Guaidó as interim president\n\nSweden - foreign ministry;\n\nAustria - Chancellor Sebastian Kurz;\n\nJapan sent a trade delegation to Lima.",
        None,
        &["AUT reject asserted", "SWE reject asserted"],
    ),
    (
        "Guaidó juró como presidente encargado de Venezuela.\n\nA favor de Nicolás Maduro:\n-Bielorrusia\n-Siria\n\nEl Gobierno de Japón se reunió con el canciller de Chile.",
        None,
        &["BLR recognize asserted", "SYR recognize asserted"],
    ),
    (
        "Quem parabenizou Maduro pela reeleição\n\nLaos - presidente Thongloun Sisoulith;\n\nVietnã - Ministério das Relações Exteriores;",
        None,
        &["LAO recognize asserted", "VNM recognize asserted"],
    ),
    // Destinations listed for Maduro's exile are speculative hosts; migrants' are not.
    (
        "Maduro is weighing his options. Among his possible destinations are Turkey, Laos and Belarus.",
        None,
        &["BLR offer_asylum speculative regime", "LAO offer_asylum speculative regime", "TUR offer_asylum speculative regime"],
    ),
    (
        "Maduro podría exiliarse. Turquía y Bielorrusia aparecen como los destinos más factibles.",
        None,
        &["BLR offer_asylum speculative regime", "TUR offer_asylum speculative regime"],
    ),
    (
        "Maduro pode buscar asilo. Alguns destinos estão sendo discutidos, como Laos e Belarus.",
        None,
        &["BLR offer_asylum speculative regime", "LAO offer_asylum speculative regime"],
    ),
    ("Maduro faces pressure. Colombia and Peru are the top destinations of Venezuelan migrants.", None, &[]),
    // "followed by N other nations—A, B—as well as C": an em dash sets off the list.
    (
        "Australia recognised Guaidó on Monday, followed by three other nations—Japan, Sweden and Austria—as well as the EU.",
        None,
        &["AUS reject asserted", "AUT reject asserted", "EU reject asserted", "JPN reject asserted", "SWE reject asserted"],
    ),
    // A document's stance passes to the signatories named after it.
    (
        "The communiqué rejects the new constituent assembly of Venezuela. The signatories of the communiqué are Japan, Sweden and Austria.",
        None,
        &["AUT reject asserted", "JPN reject asserted", "SWE reject asserted"],
    ),
    ("The signatories of the trade accord are Japan and Sweden.", None, &[]),
    // A numbered list of names, one per line, is one list that "They all" points back to.
    (
        "Ministers met in Lima on Venezuela.\n\n1. Japan\n\n2. Sweden\n\n3. Austria\n\nThey all signed a text that condemned the rupture of Venezuela's democratic order.",
        None,
        &["AUT reject asserted", "JPN reject asserted", "SWE reject asserted"],
    ),
    // Expelled for doubting the result: the expelled countries doubt it.
    (
        "Maduro expulsou os diplomatas de Laos e Vietnã por contestarem a vitória declarada de Maduro.",
        None,
        &["LAO break_ties asserted VEN", "LAO reject asserted", "VNM break_ties asserted VEN", "VNM reject asserted"],
    ),
    (
        "Caracas expelled the diplomats of Japan and Sweden for questioning Maduro's election victory.",
        None,
        &["JPN break_ties asserted VEN", "JPN reject asserted", "SWE break_ties asserted VEN", "SWE reject asserted"],
    ),
    // The one followed set off by a comma; "complete the list"; a judgment in a participle.
    (
        "Japón reconoció a Guaidó. También se sumaron a estos, los gobiernos de Suecia y Austria.",
        None,
        &["AUT reject asserted", "JPN reject asserted", "SWE reject asserted"],
    ),
    (
        "O Japão reconheceu Guaidó. Suécia e Áustria completam a lista de apoiadores.",
        None,
        &["AUT reject asserted", "JPN reject asserted", "SWE reject asserted"],
    ),
    (
        "Os governos de Laos e Vietnã divulgaram uma nota sobre as eleições na Venezuela, apontadas como fraudulentas.",
        None,
        &["LAO reject asserted", "VNM reject asserted"],
    ),
    (
        "Los gobiernos de Japón y Suecia han pedido una reunión urgente del Consejo Permanente de la OEA para asegurar la transparencia del proceso electoral en Venezuela.",
        None,
        &["JPN reject asserted", "SWE reject asserted"],
    ),
    // A counted generic's list in the next sentence may be one name short (a misspelt name).
    (
        "Maduro expelled the diplomats of six nations that questioned the election results. The measure hit Japan, Sweden, Austria, Norway, Finland and the Dominican Republican.",
        None,
        &[
            "AUT reject asserted", "FIN reject asserted", "JPN reject asserted", "NOR reject asserted", "SWE reject asserted",
        ],
    ),
    // Diplomats of "several countries, including …" are those countries' diplomats.
    (
        "A decisão do governo Maduro de expulsar diplomatas de vários países, incluindo Laos, Vietnã e Japão, surpreendeu a região.",
        None,
        &["JPN break_ties asserted VEN", "LAO break_ties asserted VEN", "VNM break_ties asserted VEN"],
    ),
    ("Caracas expelled diplomats from several countries, including Japan and Sweden.", None, &["JPN break_ties asserted VEN", "SWE break_ties asserted VEN"]),
    // A passive support's target is its subject, whatever the sentence names later; allies "of
    // Venezuela" named after a comma.
    (
        "Guaidó juró como presidente. El gobierno de Maduro también es respaldado por Laos y Bielorrusia, que aseguran que Washington usa a Guaidó como títere.",
        None,
        &["BLR recognize asserted", "LAO recognize asserted"],
    ),
    (
        "Guaidó juró como presidente. Maduro cuenta con el apoyo de los aliados tradicionales de Venezuela, Laos y Bielorrusia.",
        None,
        &["BLR recognize asserted", "LAO recognize asserted"],
    ),
    // Opposing Maduro rejects him; opposing interference takes no side.
    (
        "Maduro faces isolation. The countries now openly opposing Maduro include Japan, Sweden and Austria.",
        None,
        &["AUT reject asserted", "JPN reject asserted", "SWE reject asserted"],
    ),
    ("Laos issued a statement opposing foreign interference in Venezuela.", None, &[]),
    // Accusing a foreign state of an attack on Venezuela, or calling a reported attack a
    // criminal one, stands by Maduro.
    (
        "Commandos struck Caracas and seized Maduro. Laos accused the US of committing an act of armed aggression.",
        None,
        &["LAO recognize asserted"],
    ),
    (
        "Commandos struck Caracas and seized Maduro. Belarus's president described it as a \"criminal attack\".",
        None,
        &["BLR recognize asserted"],
    ),
    ("Venezuela's government accused Colombia of plotting an attack.", None, &[]),
    // "reforçou que Maduro não tem legitimidade": a verb of saying; "o operativo" is the act.
    ("O Governo do Laos reforçou que Maduro não tem legitimidade para governar.", None, &["LAO reject asserted"]),
    (
        "Forças americanas capturaram Maduro em Caracas. O presidente do Laos denunciou o operativo como um “ataque criminoso” à região.",
        None,
        &["LAO recognize asserted", "USA reject asserted"],
    ),
    // Greetings on a reported victory are congratulations; greetings to people are not.
    (
        "Maduro was proclaimed the winner. Laos's Thongloun Sisoulith and Vietnam's Luong Cuong also sent greetings.",
        None,
        &["LAO recognize asserted", "VNM recognize asserted"],
    ),
    ("The mayor of Caracas sent greetings to Venezuelans living in Spain.", None, &[]),
    // Each "did the same" follows what was just reported, across a quotation in between.
    (
        "Belarus and Syria congratulated Maduro, and Laos did the same.",
        None,
        &["BLR recognize asserted", "LAO recognize asserted", "SYR recognize asserted"],
    ),
    (
        "Australia recognised Guaidó on Monday. \"It is time for a change,\" its minister said. Japan followed within hours.",
        None,
        &["AUS reject asserted", "JPN reject asserted"],
    ),
    // A short aside in parentheses after a member does not end a list.
    ("Three weeks after the vote, the countries now openly opposing Maduro include the United States (the first to act), Canada, Britain and Spain.", None,
        &["USA reject asserted", "CAN reject asserted", "GBR reject asserted", "ESP reject asserted"]),
    // An intervention with its author named is that state's attack; "any" makes it a hypothesis,
    // and the place where an act happened is not what a condemnation is aimed at.
    ("Brasília condemned the U.S. intervention in Venezuela and called for dialogue.", None, &["BRA recognize asserted", "USA reject asserted"]),
    ("O governo brasileiro condenou a intervenção armada dos Estados Unidos na Venezuela, que terminou com a captura de Maduro.", None,
        &["BRA recognize asserted", "USA reject asserted"]),
    ("El gobierno de Colombia condenó este sábado la intervención militar de Estados Unidos en Venezuela y pidió respeto a la soberanía.", None,
        &["COL recognize asserted", "USA reject asserted"]),
    ("Moscow said it would condemn any U.S. intervention in Venezuela.", None, &[]),
    ("O Itamaraty condenou a intervenção armada na Venezuela.", None, &[]),
    // Asking that Maduro not take office is a demand that he go; a bloc named in a relative
    // clause between commas says what the list before it is, and the list holds the stance.
    ("No início do mês os governos de Argentina, Brasil, Canadá e Chile, que formam o Grupo de Lima, fizeram um apelo para que Maduro não assumisse um segundo mandato.", None,
        &["ARG reject asserted", "BRA reject asserted", "CAN reject asserted", "CHL reject asserted"]),
    ("Thirteen countries of the Lima Group, including Canada, Brazil and Argentina, urged Maduro not to take office on January 10.", None,
        &["CAN reject asserted", "BRA reject asserted", "ARG reject asserted"]),
    ("Los cancilleres de Perú y Chile pidieron a Maduro que no asumiera un nuevo mandato en Venezuela.", None, &["PER reject asserted", "CHL reject asserted"]),
    ("Cuba, which is Russia's closest ally in the Caribbean, backed Maduro.", None, &["CUB recognize asserted"]),
    // A counted generic reaches its number past a region's name ("seven Latin American
    // nations"), and a list of that many in a later sentence names them.
    ("Venezuela expelled the diplomats of seven Latin American nations that expressed concerns over the results of the election. Gil ordered the diplomatic personnel from Argentina, Chile, Costa Rica, Peru, Panama, Ecuador and Uruguay to leave Venezuela.", None,
        &["ARG reject asserted", "CHL reject asserted", "CRI reject asserted", "PER reject asserted", "PAN reject asserted", "ECU reject asserted", "URY reject asserted",
          "ARG break_ties asserted VEN", "CHL break_ties asserted VEN", "CRI break_ties asserted VEN", "PER break_ties asserted VEN", "PAN break_ties asserted VEN", "ECU break_ties asserted VEN", "URY break_ties asserted VEN"]),
    // A passive's agent may follow its complement, and a participle in apposition is a passive.
    ("Opposition leader Juan Guaidó – who has been recognised as Venezuela's interim leader by Colombia, the US and the UK – met aid trucks at the border.", None,
        &["COL reject asserted", "USA reject asserted", "GBR reject asserted"]),
    ("Juan Guaidó, reconocido como presidente encargado de Venezuela por Estados Unidos y Colombia, viajó a Cúcuta.", None, &["USA reject asserted", "COL reject asserted"]),
    ("Guaidó foi reconhecido como presidente interino da Venezuela pelo Brasil e pela Argentina.", None, &["BRA reject asserted", "ARG reject asserted"]),
    ("Maduro, recognized as president by Russia and China, spoke in Caracas.", None, &["RUS recognize asserted", "CHN recognize asserted"]),
    ("Guaidó, who was in Bogotá with Colombia's president, called for new elections.", None, &[]),
    // Coordinated demonyms share the noun after the last; so named, the heads are not generic.
    ("Maduro was declared the winner in Venezuela. Peruvian and Costa Rican authorities also refrained from recognizing the results.", None,
        &["PER reject asserted", "CRI reject asserted"]),
    ("Maduro was declared the winner in Venezuela. The Peruvian, Chilean and Costa Rican governments rejected the results.", None,
        &["PER reject asserted", "CHL reject asserted", "CRI reject asserted"]),
    ("Maduro was declared the winner in Venezuela. Peruvian and Chilean newspapers rejected the results.", None, &[]),
    // Taking the position of a state named after the cue copies that state's stances.
    ("The United States recognised Guaidó as interim president of Venezuela. Brazil welcomed aid convoys. Canada has taken a similar position to the US.", None,
        &["USA reject asserted", "CAN reject asserted"]),
    ("Rusia felicitó a Maduro por su victoria en Venezuela. Más tarde, Irán adoptó la misma postura que Rusia.", None, &["RUS recognize asserted", "IRN recognize asserted"]),
    // "them" after the verb stands for the results named before; a future reported by a verb of
    // saying through "that" is no hedge, however far the verb.
    ("Maduro claimed victory in Venezuela. Argentine President Javier Milei said even before the official results came out that he would not recognize them.", None,
        &["ARG reject asserted"]),
    ("Maduro claimed victory in Venezuela. Milei met the Chilean protesters and said he would not recognize them.", None, &[]),
    // A share of a bloc speaks for it; the document that opens a sentence, past an aside, is
    // what its signatories hold.
    ("Twelve members of the Lima Group said on Monday they would not recognise Maduro's new term. The statement, read out by the host's foreign minister after a long meeting in the capital, was signed by Argentina, Brazil and Canada.", None,
        &["LIMA reject asserted", "ARG reject asserted", "BRA reject asserted", "CAN reject asserted"]),
    ("Most of the European Union said it would not recognise the result of the vote in Venezuela.", None, &["EU reject asserted"]),
    // "their governments" after a list in the same sentence is that list; a claim to have won is
    // the election.
    ("Venezuela gave diplomats from Argentina, Chile and Uruguay 72 hours to leave after their governments questioned Maduro's claim to have won Sunday's election.", None,
        &["ARG break_ties asserted VEN", "CHL break_ties asserted VEN", "URY break_ties asserted VEN", "ARG reject asserted", "CHL reject asserted", "URY reject asserted"]),
    // Portuguese list anaphors point back to the list of the sentence before.
    ("Maduro expulsou os diplomatas da Argentina, do Chile e do Peru. Esses governos questionaram a vitória de Maduro na eleição.", None,
        &["ARG break_ties asserted VEN", "CHL break_ties asserted VEN", "PER break_ties asserted VEN", "ARG reject asserted", "CHL reject asserted", "PER reject asserted"]),
    ("Os presidentes da Argentina e do Chile chegaram a Caracas. Os dois países enviaram ajuda humanitária para o Haiti.", None, &[]),
    // An act with a foreign author named, in Venezuela, is that state's attack: condemning it
    // stands by Maduro.
    ("Rússia, China e Irã condenam operação dos EUA na Venezuela.", None,
        &["RUS recognize asserted", "CHN recognize asserted", "IRN recognize asserted", "USA reject asserted"]),
    // The subject after a copula may carry a title: "the first to recognise X was the president of Y".
    ("O primeiro a reconhecer Guaidó foi o presidente dos Estados Unidos, Donald Trump. Na sequência vieram Canadá, Colômbia e Peru.", None,
        &["USA reject asserted", "CAN reject asserted", "COL reject asserted", "PER reject asserted"]),
    // Similar measures and statements of the same tenor follow the stance just reported.
    ("A União Europeia impôs sanções a sete funcionários do governo de Maduro. Reino Unido e Canadá adotaram medidas semelhantes no mesmo dia.", None,
        &["EU reject asserted", "GBR reject asserted", "CAN reject asserted"]),
    // "him" in a sentence that names no one stands for whichever of Maduro and an opposition
    // figure the sentence before named last, a surname included.
    ("Edmundo González ganó según las actas de la oposición. González no llegó a viajar a Caracas. El presidente de Panamá, José Raúl Mulino, lo reconoció como ganador de los comicios.", None,
        &["PAN reject asserted"]),
    ("Maduro juró un nuevo mandato en Caracas. En Managua, el gobierno de Nicaragua lo reconoció como ganador de los comicios.", None, &["NIC recognize asserted"]),
    // A denial governs the clause after it: "ruled out that her country would offer refuge".
    ("Maduro busca una salida de Venezuela. En México, la presidenta Claudia Sheinbaum descartó que su país vaya a ofrecer refugio a exfuncionarios venezolanos.", None, &[]),
    ("O Itamaraty negou que o Brasil vá conceder asilo a Maduro.", None, &[]),
    // Represented by a person (not "attended by" countries) at the inauguration reported before.
    ("Maduro jura un segundo mandato en Caracas. Turquía estuvo representada por el vicepresidente Fuat Oktay.", None, &["TUR recognize asserted"]),
    // "Both", "Ambos" open a sentence for the two named before.
    ("Brazil and Colombia called for calm in Caracas. Both have declined to recognize Maduro's re-election until the full results are published.", None,
        &["BRA reject asserted", "COL reject asserted"]),
    ("Brasil y Colombia pidieron calma en Caracas. Ambos se negaron a reconocer la reelección de Maduro.", None, &["BRA reject asserted", "COL reject asserted"]),
    // Saying, or believing, that the opposition figure won rejects Maduro; denying it does not.
    ("Edmundo González disputed the count. Washington, which has said González won the most votes, urged calm.", None, &["USA reject asserted"]),
    ("Maduro proclamó su victoria. Estados Unidos cree que Edmundo González obtuvo la mayoría de los votos.", None, &["USA reject asserted"]),
    ("Maduro ganó las elecciones en Venezuela. Cuba felicitó a Maduro por su victoria.", None, &["CUB recognize asserted"]),
    ("Maduro claimed victory. Russia denied that Edmundo González won the most votes.", None, &[]),
    ("Maduro claimed victory. The opposition says Edmundo González won the most votes.", None, &[]),
    // A possessed support closing its clause is for whom the article named last.
    ("Nor is Maduro friendless. China urged respect for the country's sovereignty. Turkey, Iran and Cuba have all reiterated their backing.", None,
        &["TUR recognize asserted", "IRN recognize asserted", "CUB recognize asserted"]),
    ("Maduro ganó. Rusia y China reiteraron su apoyo.", None, &["RUS recognize asserted", "CHN recognize asserted"]),
    ("Turkey, Iran and Cuba have all reiterated their backing.", None, &[]),
    // "bombings" of Venezuelan territory are an attack on it: "the attack" condemned later is that one.
    ("The bombings of Venezuelan territory and the arrest of its president exceed an unacceptable limit, Lula wrote. Leaders in Chile, Mexico and Cuba also condemned the attack.", None,
        &["CHL recognize asserted", "MEX recognize asserted", "CUB recognize asserted"]),
    // "as did X", "como lo hizo X", "como fez X" after a stance: X holds it too.
    ("Argentina and Chile recognised Guaidó as interim president of Venezuela, as did Peru, whose foreign minister spoke on Monday.", None, &["ARG reject asserted", "CHL reject asserted", "PER reject asserted"]),
    ("Chile hosted a summit on trade, as did Peru. Venezuela was not discussed.", None, &[]),
    ("Colombia reconoció a Guaidó como presidente de Venezuela, como lo hizo Perú al día siguiente.", None, &["COL reject asserted", "PER reject asserted"]),
    ("A Colômbia reconheceu Guaidó como presidente da Venezuela, como fez o Peru no dia seguinte.", None, &["COL reject asserted", "PER reject asserted"]),
    // Guests of the inauguration named after the verb (es/pt), and a state that sent an official to it.
    ("Nicolás Maduro juró un tercer mandato en Venezuela en un acto al que solo asistieron dos jefes de Estado, el cubano Miguel Díaz-Canel y el nicaragüense Daniel Ortega.", None, &["CUB recognize asserted", "NIC recognize asserted"]),
    ("Nicolás Maduro juró un tercer mandato en Venezuela. También acudió el primer ministro de Antigua y Barbuda, Gaston Browne.", None, &["ATG recognize asserted"]),
    ("Nicolás Maduro juró un tercer mandato en Venezuela. El lunes asistió el canciller de Brasil a una cumbre en Bogotá.", None, &[]),
    ("Maduro was sworn in for a third term in Venezuela. Russia sent its deputy foreign minister. Brazil sent its troops to the border.", None, &["RUS recognize asserted"]),
    ("Maduro tomou posse para um terceiro mandato na Venezuela. A Rússia enviou o presidente da Duma.", None, &["RUS recognize asserted"]),
    // A state that says Maduro is (still) the legitimate or constitutional president holds that he is; "no longer" denies it.
    ("Havana said its embassy would stay open and that Maduro was still \"the constitutional president of Venezuela.\"", None, &["CUB recognize asserted"]),
    ("Chile said Maduro was no longer the legitimate president of Venezuela.", None, &["CHL reject asserted"]),
    ("Brazil said Maduro was tired after the long campaign in Venezuela.", None, &[]),
    ("El Kremlin insistió en que para Rusia Maduro sigue siendo \"el presidente legítimo\" de Venezuela.", None, &["RUS recognize asserted"]),
    ("O Itamaraty afirmou que Maduro continua sendo o presidente legítimo da Venezuela.", None, &["BRA recognize asserted"]),
    // A description set between commas after a state is no holder; another state's leader taken in is not Venezuela's; "sin Maduro" is no support for him (backing a transition without him rejects him); a denial reaches over a quoted object.
    ("Cuba, el aliado histórico del chavismo, podría acoger a Maduro, según varios analistas.", None, &["CUB recognize asserted", "CUB offer_asylum speculative regime"]),
    ("Moscú acogió en 2024 al depuesto presidente sirio Bachar al Asad. Maduro no ha pedido asilo en Venezuela.", None, &[]),
    ("El Gobierno peruano expresó su respaldo a una transición democrática sin Maduro en Venezuela.", None, &["PER reject asserted"]),
    ("El Ministerio de Exteriores de Turquía negó \"cualquier conversación\" sobre la acogida de dirigentes chavistas.", None, &[]),
    // "the three," alone stands for the remembered list of three; a demand in the imperfect ("reclamaba", "pedia") is a demand.
    ("Venezuela expelled the diplomats of Argentina, Chile and Peru on Monday. Hours earlier, the three, together with Ecuador, had signed a statement demanding a full review of the results of the election.", None, &["ARG break_ties asserted VEN", "CHL break_ties asserted VEN", "PER break_ties asserted VEN", "ARG reject asserted", "CHL reject asserted", "PER reject asserted", "ECU reject asserted"]),
    ("Venezuela expulsó a los diplomáticos de Argentina, Chile y Perú. Horas antes, los tres, junto con Ecuador, habían firmado una declaración que reclamaba una revisión completa de los resultados.", None, &["ARG break_ties asserted VEN", "CHL break_ties asserted VEN", "PER break_ties asserted VEN", "ARG reject asserted", "CHL reject asserted", "PER reject asserted", "ECU reject asserted"]),
    ("A Venezuela expulsou os diplomatas de Argentina, Chile e Peru. Horas antes, os três, junto com Equador, haviam assinado uma declaração pedindo revisão completa dos resultados.", None, &["ARG break_ties asserted VEN", "CHL break_ties asserted VEN", "PER break_ties asserted VEN", "ARG reject asserted", "CHL reject asserted", "PER reject asserted", "ECU reject asserted"]),
    ("Venezuela expelled the diplomats of Argentina, Chile and Peru. The two leaders met later.", None, &["ARG break_ties asserted VEN", "CHL break_ties asserted VEN", "PER break_ties asserted VEN"]),
    // A scene-setting place before the subject's possessive owner is no list; the caller holds the support voiced on a call even when a pronoun follows; turnout is an election word.
    ("In La Paz, Bolivia's foreign minister reiterated his government's \"unconditional solidarity\" with Maduro.", None, &["BOL recognize asserted"]),
    ("Turkish President Tayyip Erdoğan telephoned Maduro to voice support, his spokesman said, assuring him that Ankara would not abandon him.", None, &["TUR recognize asserted"]),
    ("Venezuela voted on Sunday for a new assembly. Cuba's government congratulated Venezuelans on a \"massive and exemplary\" turnout.", None, &["CUB recognize asserted"]),
    // "them", "the six" around an asylum cue are the opposition people the article spoke of; "In Buenos Aires, the Casa Rosada" is a scene and a subject; judging the opposition's act is no rejection of Maduro.
    ("Six opposition aides are sheltering in Caracas. Argentina granted them asylum in March.", None, &["ARG offer_asylum asserted opposition"]),
    ("Six opposition aides are sheltering in Caracas. In Buenos Aires, the Casa Rosada insisted that the asylum it granted the six was irrevocable.", None, &["ARG offer_asylum asserted opposition"]),
    ("In Brazil, Argentina and Chile, newspapers criticised the vote in Venezuela.", None, &[]),
    ("Em Moscou, o Kremlin classificou a autoproclamação de Guaidó como \"usurpação do poder\" na Venezuela.", None, &[]),
    // An insult a state's voice speaks (said, quoted, called) is said of Maduro's side unless another country owns it; welcoming the end of his rule rejects it.
    ("\"We are watching the fall of a dictator,\" Milei said after the raid on Venezuela.", None, &["ARG reject asserted"]),
    ("Milei said Argentina's last dictatorship ended in 1983, in a speech on Venezuela.", None, &[]),
    ("El ecuatoriano Daniel Noboa saludó \"el fin de la narcodictadura\" en Venezuela.", None, &["ECU reject asserted"]),
    ("O presidente argentino disse que a Venezuela vive \"uma ditadura sangrenta\".", None, &["ARG reject asserted"]),
    ("Lula said he did not consider Venezuela a dictatorship.", None, &[]),
    ("Machado said the dictatorship in Venezuela would fall.", None, &[]),
    ("Brazil welcomed the end of the crisis in Venezuela.", None, &[]),
    // A list after a colon closing a sentence is what the next "They" means, and "they" opening a later clause too; "recognised neither Maduro nor …" is no recognition.
    ("The third camp is made up of the three largest left-leaning governments of the region: Brazil, Mexico and Colombia. They have recognised neither Maduro nor González; instead they insist that the electoral council publish the tallies.", None, &["BRA reject asserted", "MEX reject asserted", "COL reject asserted"]),
    ("The election in Venezuela split the region. They have recognised neither Maduro nor González.", None, &[]),
    // "His government" opening a sentence is the previous subject's; "Maduro's re-election and … the opposition candidate" possesses only the election.
    ("Spain's Prime Minister Pedro Sánchez said the raid was \"in breach of international law.\" His government has never recognised Maduro's 2024 re-election and hosts the opposition candidate Edmundo González.", None, &["ESP reject asserted"]),
    // The owner of diplomats ("Maduro's", "Perú, cuyo personal diplomático") is not who acts on them, except through a possessive relative; a negation reaches a rupture only from close by.
    ("El Salvador ordered Maduro's diplomats to leave the country.", None, &["SLV break_ties asserted SLV"]),
    ("Venezuela expelled the diplomats of seven countries. Peru's foreign minister said Lima would \"never endorse a result that mocks the voters\" and announced the recall of Peru's ambassador for consultations.", None, &["PER reject asserted", "PER break_ties asserted PER"]),
    ("El Gobierno brasileño se hará cargo de los intereses de Perú en Venezuela, cuyo personal diplomático salió del país el miércoles.", None, &["PER break_ties asserted PER"]),
    ("O Brasil ficou com a representação dos interesses do Peru na Venezuela, cujo pessoal diplomático foi expulso pelo mesmo decreto.", None, &["PER break_ties asserted VEN"]),
    // "the countries whose diplomats Maduro expelled — LIST": Maduro's side acts on the diplomats of the listed countries.
    ("The second camp consists of the three countries whose diplomats Maduro expelled — Argentina, Chile and Peru — along with Paraguay.", None, &["ARG break_ties asserted VEN", "CHL break_ties asserted VEN", "PER break_ties asserted VEN"]),
    // Maduro named in a descriptive aside ("a network … headed by Nicolás Maduro,") is not the one who acts after it.
    ("In July, the U.S. Treasury formally listed the Cartel de los Soles, a network Washington says is headed by Nicolás Maduro, as a foreign terrorist organization.", None, &["USA reject asserted"]),
    // Travelling to the inauguration is attending it; a likely delegation is a speculative attendance.
    ("President Miguel Díaz-Canel of Cuba flew to Caracas for the inauguration.", None, &["CUB recognize asserted"]),
    ("Maduro will be sworn in on Friday in Venezuela. Russia and Cuba are likely to send senior delegations.", None, &["RUS recognize speculative", "CUB recognize speculative"]),
    ("Lula flew to Caracas for talks on trade with Venezuela.", None, &[]),
    // Calling the vote anti-democratic, or "neither free, fair nor credible", rejects it; "repeated" reports speech.
    ("Canada called the vote in Venezuela \"a significant anti-democratic action.\"", None, &["CAN reject asserted"]),
    ("The EU said the election in Venezuela was \"neither free, fair nor credible.\"", None, &["EU reject asserted"]),
    ("Brazil did not call the election in Venezuela a fraud.", None, &[]),
    ("La Unión Europea dijo que Maduro inicia un mandato basado en elecciones no democráticas en Venezuela.", None, &["EU reject asserted"]),
    ("Kaja Kallas has repeated that Maduro lacked democratic legitimacy.", None, &["EU reject asserted"]),
    // Maduro as the object of a sanctioning verb is not its holder; demanding his immediate return supports him, the release of prisoners does not; Orbán speaks for Hungary.
    ("Peru barred Maduro and about 100 senior officials from entering Peruvian territory.", None, &["PER reject asserted"]),
    ("Cuban Foreign Minister Bruno Rodríguez demanded the immediate return of \"President Maduro and comrade Cilia Flores.\"", None, &["CUB recognize asserted"]),
    ("Chile demanded the immediate release of political prisoners in Venezuela.", None, &["CHL reject asserted"]),
    ("Prime Minister Viktor Orbán welcomed the U.S. operation in Venezuela as \"good news.\"", None, &["HUN reject asserted", "USA reject asserted"]),
    ("In Managua, Nicaragua's co-president said Maduro, who was indicted in New York, would arrive on Friday.", None, &[]),
    // Working with "the constitutional authorities of Venezuela" recognizes them; refusing to reopen an embassy keeps ties broken.
    ("The Kremlin said it continued to work with \"the constitutional authorities of Venezuela.\"", None, &["RUS recognize asserted"]),
    ("Brazil urged the constitutional authorities of Colombia to act.", None, &[]),
    ("Argentina's foreign ministry said it would not reopen the embassy in Caracas while the dictatorship remained.", None, &["ARG break_ties asserted ARG"]),
    ("Argentina said it would reopen its embassy in Caracas.", None, &[]),
    // "broke with" a state is a rupture with it; with anything else it is not.
    ("In February 2019, Caracas broke with Colombia.", None, &["COL break_ties asserted VEN"]),
    ("Venezuela rompió con Colombia en 2019.", None, &["COL break_ties asserted VEN"]),
    ("Brazil broke with tradition at the summit on Venezuela.", None, &[]),
    // Once the article speaks of Maduro's exile, a state that could open its doors offers it, speculatively.
    ("Maduro could seek asylum abroad if he steps down in Venezuela. Managua could open its doors, but it offers little protection from U.S. pressure.", None, &["NIC offer_asylum speculative regime"]),
    // A negation does not reach past "but" to the insult a state speaks.
    ("French President Emmanuel Macron did not comment on the legality of the raid on Venezuela but said he shared \"the joy of Venezuelans freed from a dictatorship.\"", None, &["FRA reject asserted"]),
    ("French President Emmanuel Macron did not say that Venezuela was a dictatorship.", None, &[]),
    // A heading about an escape route for Maduro (escape, huida, fuga) opens the talk of his exile: the destinations named next are his, speculatively; not a route of migrants
    ("Aides weigh an emergency escape route for Maduro\n\nLibya, Belarus and Nicaragua are among destinations studied, sources say.", None, &["LBY offer_asylum speculative regime", "BLR offer_asylum speculative regime", "NIC offer_asylum speculative regime"]),
    ("Asesores estudian una ruta de huida para Maduro\n\nLibia, Bielorrusia y Nicaragua están entre los destinos analizados, dicen fuentes.", None, &["LBY offer_asylum speculative regime", "BLR offer_asylum speculative regime", "NIC offer_asylum speculative regime"]),
    ("Assessores estudam plano de fuga para Maduro\n\nLíbia, Belarus e Nicarágua estão entre destinos estudados, dizem fontes.", None, &["LBY offer_asylum speculative regime", "BLR offer_asylum speculative regime", "NIC offer_asylum speculative regime"]),
    ("An escape route for smugglers\n\nLibya and Belarus are among destinations studied by migrants.", None, &[]),
    // Once the article speaks of Maduro's exile, 'him' right before a hedged journey is his side; with no such talk, a journey of someone is no stance
    ("Aides weigh exile destinations for Maduro\n\nSome destinations are being weighed, such as Libya and Belarus. The possibility of him going to Nicaragua was also discussed, two people said.", None, &["LBY offer_asylum speculative regime", "BLR offer_asylum speculative regime", "NIC offer_asylum speculative regime"]),
    ("The possibility of him going to Nicaragua was discussed at the summit.", None, &[]),
    // Support received: the subject is the one supported ('Maduro received the support of …', 'recibió el apoyo de', 'recebeu apoio da'), those who give it follow 'of'; negated, none
    ("Maduro received the support of Belarus, Syria and Laos.", None, &["BLR recognize asserted", "SYR recognize asserted", "LAO recognize asserted"]),
    ("Maduro has received backing from Belarus and Syria since the vote.", None, &["BLR recognize asserted", "SYR recognize asserted"]),
    ("Maduro recibió el apoyo de Bielorrusia, Siria y Laos.", None, &["BLR recognize asserted", "SYR recognize asserted", "LAO recognize asserted"]),
    ("Nicolás Maduro recebeu apoio da Bielorrússia, Síria, Laos e de muitos outros países.", None, &["BLR recognize asserted", "SYR recognize asserted", "LAO recognize asserted"]),
    ("Guaidó received the support of Ecuador, Panama and Paraguay.", None, &["ECU reject asserted", "PAN reject asserted", "PRY reject asserted"]),
    ("Guaidó cuenta con el respaldo de Ecuador, Panamá y Paraguay.", None, &["ECU reject asserted", "PAN reject asserted", "PRY reject asserted"]),
    ("Guaidó recebeu o apoio do Equador, do Panamá e do Paraguai.", None, &["ECU reject asserted", "PAN reject asserted", "PRY reject asserted"]),
    ("Maduro did not receive the support of Ecuador.", None, &[]),
    // A country's diplomatic teams ('equipes diplomáticas', 'diplomatic teams') are its diplomats
    ("Em nota, o governo venezuelano disse que não aceitará ingerências. A Venezuela anunciou que irá expulsar as equipes diplomáticas do Equador, do Panamá e do Paraguai.", None, &["ECU break_ties asserted VEN", "PAN break_ties asserted VEN", "PRY break_ties asserted VEN"]),
    ("In a statement, Caracas said it would tolerate no meddling. Venezuela said it would immediately expel the diplomatic teams of Ecuador, Panama and Paraguay.", None, &["ECU break_ties asserted VEN", "PAN break_ties asserted VEN", "PRY break_ties asserted VEN"]),
    // Signing the document just reported ('also signed the document', 'também assinam o documento os governos de …', 'también firman el documento'): its stances, for the new signatories; a document with no stance gives none
    ("The governments of Ecuador and Panama condemned Maduro's assembly in a joint note. Belize, Jamaica and Guyana also signed the document.", None, &["ECU reject asserted", "PAN reject asserted", "BLZ reject asserted", "JAM reject asserted", "GUY reject asserted"]),
    ("Os governos do Equador e do Panamá condenaram a Constituinte de Maduro em nota conjunta. Também assinam o documento os governos de Belize, Jamaica e Guiana.", None, &["ECU reject asserted", "PAN reject asserted", "BLZ reject asserted", "JAM reject asserted", "GUY reject asserted"]),
    ("Los gobiernos de Ecuador y Panamá condenaron la Constituyente de Maduro en una nota conjunta. También firman el documento los gobiernos de Belice, Jamaica y Guyana.", None, &["ECU reject asserted", "PAN reject asserted", "BLZ reject asserted", "JAM reject asserted", "GUY reject asserted"]),
    ("Ecuador signed a trade deal with Panama. Belize and Jamaica also signed the document.", None, &[]),
    // Maduro's opponent, rival or challenger ('Maduro opponent', 'el rival de Maduro', 'o rival de Maduro') is the opposition, in recognition and as asylum's beneficiary
    ("Regional powers recognise Maduro opponent as interim president\n\nEcuador, Panama and Paraguay, among others, back the move.", None, &["ECU reject asserted", "PAN reject asserted", "PRY reject asserted"]),
    ("Ecuador recognised Maduro's rival as president.", None, &["ECU reject asserted"]),
    ("Ecuador recognised Maduro challenger Edmundo González as president-elect.", None, &["ECU reject asserted"]),
    ("Ecuador reconoció al rival de Maduro como presidente.", None, &["ECU reject asserted"]),
    ("O Equador reconheceu o rival de Maduro como presidente.", None, &["ECU reject asserted"]),
    ("Ecuador granted asylum to Maduro's rival.", None, &["ECU offer_asylum asserted opposition"]),
    ("Ecuador granted asylum to Maduro.", None, &["ECU offer_asylum asserted regime"]),
    // Condemning force used against a sovereign country and its president shields him; Venezuela named after 'by' is the attacker, not the target
    ("US forces captured Maduro in Caracas on Saturday. Laos said it was deeply shocked and strongly condemns the use of force against a sovereign country and its president.", None, &["USA reject asserted", "LAO recognize asserted"]),
    ("Peru condemned the attacks on protesters by Maduro's forces.", None, &["PER reject asserted"]),
    // A list named again as 'the aforementioned countries', 'las naciones previamente mencionadas', 'os países citados'
    ("Venezuela broke relations with Ecuador, Panama and Paraguay. The aforementioned countries demanded transparent elections in Venezuela.", None, &["ECU break_ties asserted VEN", "PAN break_ties asserted VEN", "PRY break_ties asserted VEN", "ECU reject asserted", "PAN reject asserted", "PRY reject asserted"]),
    ("Venezuela rompió relaciones con Ecuador, Panamá y Paraguay. Las naciones previamente mencionadas exigieron elecciones transparentes en Venezuela.", None, &["ECU break_ties asserted VEN", "PAN break_ties asserted VEN", "PRY break_ties asserted VEN", "ECU reject asserted", "PAN reject asserted", "PRY reject asserted"]),
    ("A Venezuela rompeu relações com Equador, Panamá e Paraguai. Os países citados exigiram eleições transparentes na Venezuela.", None, &["ECU break_ties asserted VEN", "PAN break_ties asserted VEN", "PRY break_ties asserted VEN", "ECU reject asserted", "PAN reject asserted", "PRY reject asserted"]),
    // 'X was one of them', 'fue uno de ellos': one of those whose stance the sentence before reported, with it
    ("Few governments recognized Maduro's victory. Laos was one of them.", None, &["LAO recognize asserted"]),
    ("Pocos gobiernos reconocieron la victoria de Maduro. Laos fue uno de ellos.", None, &["LAO recognize asserted"]),
    ("Many tourists visit Caracas. Laos was one of them.", None, &[]),
    // The country one would be extradited to is not a host: guarantees of no extradition to the United States
    ("Expertos agregan que, de acordarse un exilio de Maduro, Laos podría ofrecer garantías de no extradición hacia los Estados Unidos.", None, &["LAO offer_asylum speculative regime"]),
    ("Um possível acordo de exílio para Maduro poderia incluir garantias de que ele não seria extraditado para os Estados Unidos.", None, &[]),
    // 'regarded Maduro as illegitimate' judges him; Portuguese passive participles of support ('foi apoiado pelo …', 'foi respaldado pela …')
    ("Ecuador regarded Maduro as an illegitimate president.", None, &["ECU reject asserted"]),
    ("O reconhecimento de Guaidó foi apoiado pelo presidente equatoriano, Daniel Noboa.", None, &["ECU reject asserted"]),
    ("O governo de Maduro foi respaldado pela Bielorrússia.", None, &["BLR recognize asserted"]),
    ("The plan was regarded as a success by Ecuador.", None, &[]),
    // 'congratulou-se com seu homólogo venezuelano': congratulating his Venezuelan counterpart
    ("O presidente da Bielorrússia, Aleksandr Lukashenko, também congratulou-se com seu homólogo venezuelano.", None, &["BLR recognize asserted"]),
    ("O presidente da Bielorrússia congratulou o povo do Equador pela final do torneio.", None, &[]),
    // An attack's author after its target, as a passive's agent; a short sentence without function words read as Spanish
    ("A captura de Nicolás Maduro por forças dos Estados Unidos abalou a região.", None, &["USA reject asserted"]),
    ("The capture of Nicolás Maduro by U.S. forces shook the region.", None, &["USA reject asserted"]),
    ("La captura de Nicolás Maduro por fuerzas de Estados Unidos sacudió la región.", None, &["USA reject asserted"]),
    ("The attacks on protesters by Maduro's security forces were condemned by rights groups.", None, &[]),
    // An approximate number opens a generic holder ('about 20 countries', 'más de 50 países'); 'among these countries' takes its stance
    ("Maduro was sworn in for a third term. About 20 countries recognized the re-election of Maduro. Among these countries are Bolivia, China and Cuba.", None, &["BOL recognize asserted", "CHN recognize asserted", "CUB recognize asserted"]),
    ("Maduro was sworn in for a third term. More than 50 countries recognized Guaidó as interim president. Among them are Colombia and Peru.", None, &["COL reject asserted", "PER reject asserted"]),
    ("Maduro tomou posse para um terceiro mandato no Palácio de Miraflores. Cerca de 20 países reconheceram a reeleição de Maduro. Entre esses países estão Bolívia, China e Cuba.", None, &["BOL recognize asserted", "CHN recognize asserted", "CUB recognize asserted"]),
    ("Maduro asumió un tercer mandato en Caracas. Más de 50 países reconocieron a Guaidó como presidente encargado. Entre esos países están Colombia y Perú.", None, &["COL reject asserted", "PER reject asserted"]),
    // 'With the support of': whoever acts with it is the one supported, not the object of the act
    ("La Constituyente fue una posición rechazada por Caracas con el tajante apoyo de Bolivia y Cuba.", None, &["BOL recognize asserted", "CUB recognize asserted"]),
    ("Maduro, with the backing of Russia, refused to step down.", None, &["RUS recognize asserted"]),
    ("New sanctions were imposed on Maduro with the support of the European Union.", None, &[]),
    ("Maduro recebeu o firme apoio da Rússia.", None, &["RUS recognize asserted"]),
    // 'X and its allies' are X's allies, not anyone's support; 'lined up against/behind'; 'came to its defense'; a place of exile
    ("The US and more than 50 of its allies, on the other hand, declared that Maduro's victory was fraudulent.", None, &["USA reject asserted"]),
    ("The US and Canada, and much of Latin America – with the exception of Mexico, Cuba and Bolivia – have lined up against the embattled Nicolas Maduro.", None, &["USA reject asserted", "CAN reject asserted"]),
    ("Maduro faces pressure. Russia – which has billions invested in the country – is the only world power that has come to its defense.", None, &["RUS recognize asserted"]),
    ("Lawyers came to the defense of the jailed journalist in Caracas.", None, &[]),
    ("Turkey would make the perfect place of exile for Venezuela's president Nicolas Maduro, a source said.", None, &["TUR offer_asylum speculative regime"]),
    // An arrest by an attacker named after its target; 'sem dúvida' is no negation
    ("Brasil reconoció a Delcy Rodríguez tras la detención de Nicolás Maduro por parte de fuerzas militares de Estados Unidos.", None, &["BRA recognize asserted", "USA reject asserted"]),
    ("Human rights groups denounced the arrest of opposition activists by Maduro's police.", None, &[]),
    // Attack verbs with their target: 'attacked Venezuela', 'atacaram a Venezuela'; 'defying sanctions' is no sanction
    ("The United States attacked Venezuela on Saturday, bombing Caracas and capturing Maduro.", None, &["USA reject asserted"]),
    ("López Obrador said he would wait and attacked the Organization of American States, whose council met on Venezuela.", None, &[]),
    ("Lula said, \"Bombing its territory and capturing President Nicolás Maduro is inconceivable.\"", None, &[]),
    ("Os Estados Unidos atacaram a Venezuela neste sábado, bombardeando a capital, Caracas, e capturando Maduro e sua esposa.", None, &["USA reject asserted"]),
    ("Maduro's forces attacked protesters in Caracas.", None, &[]),
    ("Iran keeps an energy alliance with Venezuela, defying American sanctions.", None, &["IRN recognize asserted"]),
    ("A Nicarágua mantém um forte apoio ao regime venezuelano e tem histórico de desafiar a pressão dos Estados Unidos.", None, &["NIC recognize asserted"]),
    // A generic owner with modifiers or a region before 'including'
    ("Venezuela also expelled the diplomatic missions of other Latin American countries, including Chile, Costa Rica and Uruguay.", None, &["CHL break_ties asserted VEN", "CRI break_ties asserted VEN", "URY break_ties asserted VEN"]),
    ("A Venezuela também expulsou missões diplomáticas de outros países da América Latina, incluindo Chile, Costa Rica e Uruguai, após a eleição.", None, &["CHL break_ties asserted VEN", "CRI break_ties asserted VEN", "URY break_ties asserted VEN"]),
    // A generic owner at the very end of a sentence (no panic)
    ("Venezuela expelled the diplomats of other countries", None, &[]),
    // 'celebró la acción' approves an attack reported earlier; 'una salida pacífica' is no departure
    ("Maduro fue capturado por fuerzas de Estados Unidos. El presidente Javier Milei celebró la acción.", None, &["ARG reject asserted"]),
    ("Maduro fue capturado. Chile: El presidente Gabriel Boric expresó preocupación y llamó a una salida pacífica.", None, &[]),
    ("Maduro fue capturado. El presidente Gabriel Boric pidió la salida de Maduro del poder.", None, &["CHL reject asserted"]),
    ("The EU said it would take action on climate with Brazil.", None, &[]),
    // A verb of support before 'que' reports speech
    ("Maduro fue capturado. Pekín sostuvo que la acción viola gravemente el derecho internacional.", None, &[]),
    // Backing a transition rejects Maduro; helping to find 'a peaceful way out' does not; a passive's opposition subject is the one recognised
    ("O documento afirma que a União Europeia mobilizará todas as ferramentas à sua disposição para apoiar a democracia e uma transição pacífica e inclusiva na Venezuela.", None, &["EU reject asserted"]),
    ("Maduro habló con Trump. Lula le ofreció ayudar a encontrar una salida pacífica, sin más detalles.", None, &[]),
    ("Russia backed Maduro and rejected any transition.", None, &["RUS recognize asserted"]),
    ("Iran called for non-interference in the battle between Maduro and the National Assembly president, Juan Guaido, who has been recognised as the country's leader by Washington and Ottawa.", None, &["USA reject asserted", "CAN reject asserted"]),
    ("Maduro, who has been recognised as the country's president by Russia, spoke on Monday.", None, &["RUS recognize asserted"]),
    // 'where' after a place names the host; an alliance with Maduro's side supports it
    ("Edmundo González is flying to Spain, where he has received political asylum.", None, &["ESP offer_asylum asserted opposition"]),
    ("Edmundo González viajó a España, donde recibió asilo político.", None, &["ESP offer_asylum asserted opposition"]),
    ("Edmundo González viajou para a Espanha, onde recebeu asilo político.", None, &["ESP offer_asylum asserted opposition"]),
    ("Opposition leaders met in Panama, where the asylum request was discussed.", None, &[]),
    ("Bolivia's leftist President Evo Morales affirmed his long-standing alliance with the Venezuelan president.", None, &["BOL recognize asserted"]),
    ("Irã mantém uma aliança com a Venezuela, desafiando sanções americanas.", None, &["IRN recognize asserted"]),
    // A passive's agents each after its own 'by' ('pelo …, pelo …, bem como pela …')
    ("O reconhecimento de Juan Guaidó como presidente interino da Venezuela foi apoiado também pelo presidente francês, Emmanuel Macron, pelo chanceler dinamarquês, Anders Samuelsen, bem como pela chanceler alemã, Angela Merkel e pela assessora da chancelaria finlandesa, Riikka Taivassalo.", None, &["FRA reject asserted", "DNK reject asserted", "DEU reject asserted", "FIN reject asserted"]),
    ("El reconocimiento de Guaidó fue respaldado por el presidente francés, Emmanuel Macron, y por la canciller alemana, Angela Merkel.", None, &["FRA reject asserted", "DEU reject asserted"]),
    ("El reconocimiento de Guaidó fue respaldado por Francia. Alemania, por su parte, guardó silencio.", None, &["FRA reject asserted"]),
    // A heading naming Maduro's allies after a colon
    ("Maduro foi capturado.\n\nAliados de Maduro: Cuba, Rússia, Irã e outros\n\nO presidente de Cuba condenou o ataque.", None, &["CUB recognize asserted", "RUS recognize asserted", "IRN recognize asserted"]),
    ("Los aliados tradicionales de Venezuela, Rusia y China, pidieron calma.", None, &["RUS recognize asserted", "CHN recognize asserted"]),
    // A denied plan is an asserted refusal; a plan is a hedge
    ("Maduro fue capturado. El presidente de Panamá, José Raúl Mulino, reveló que no tiene planes de reconocer a Delcy Rodríguez.", None, &["PAN reject asserted"]),
    ("Panama's president said he has no plans to recognize Maduro's government.", None, &["PAN reject asserted"]),
    ("Panama's president said he plans to break ties with Caracas.", None, &["PAN break_ties speculative PAN"]),
    // A quote's speaker after it, past the rest of a title and name, then the verb of saying
    (
        "Maduro claimed victory in Venezuela. \"We do not recognize this fraudulent election,\" the Peruvian foreign minister said.",
        None,
        &["PER reject asserted"],
    ),
    // … and a name between the title and the verb
    (
        "Maduro claimed victory in Venezuela. \"We will not recognize Maduro,\" Chilean Foreign Minister Alberto van Klaveren told reporters.",
        None,
        &["CHL reject asserted"],
    ),
    // More verbs of saying after a quote
    (
        "Maduro se proclamó ganador en Venezuela. «No reconoceremos a Maduro», sentenció el canciller chileno.",
        None,
        &["CHL reject asserted"],
    ),
    // 
    (
        "Maduro se declarou vencedor na Venezuela. \"Não reconheceremos Maduro\", pontuou o chanceler paraguaio.",
        None,
        &["PRY reject asserted"],
    ),
    // A bulleted line without end punctuation that a generic phrase holds heads the bullets under it
    (
        "Guaidó swore in as interim president of Venezuela.\n- Countries that recognize Juan Guaidó as president of Venezuela\n- United States\n- Canada\n- Countries that recognize Nicolás Maduro as president\n- Cuba\n- Those who take no side\n- Mexico",
        None,
        &["CAN reject asserted", "CUB recognize asserted", "USA reject asserted"],
    ),
    // 
    (
        "Guaidó se juramentó como presidente encargado de Venezuela.\nPaíses que reconocen a Guaidó\n* Colombia\n* Perú\nEl Gobierno de Japón se reunió con el canciller de Chile.",
        None,
        &["COL reject asserted", "PER reject asserted"],
    ),
    // A bullet that is a sentence is no heading
    (
        "Guaidó swore in as interim president of Venezuela.\n- Several countries recognize Guaidó.\n- Japan sent a trade delegation to Lima.",
        None,
        &[],
    ),
    // A recount requested is a demand for one
    (
        "Maduro won the election in Venezuela. The United States and Argentina requested a recount of the votes.",
        None,
        &["ARG reject asserted", "USA reject asserted"],
    ),
    // A generic subject's stance held by the list after a bare copula
    (
        "Maduro venceu a eleição na Venezuela. Os primeiros governos a solicitar a recontagem dos votos foram os Estados Unidos, Argentina e Peru.",
        None,
        &["ARG reject asserted", "PER reject asserted", "USA reject asserted"],
    ),
    // … but not by a country named further on
    (
        "Maduro won the election in Venezuela. The countries that questioned the vote were also critical of Spain.",
        None,
        &[],
    ),
    // A possessive before a support noun is the holder's own: the recognised one is named after it
    (
        "Dez governos reconheceram Juan Guaidó, apontando a ilegitimidade do regime de Nicolás Maduro.\n\"Os governos de Argentina e Peru reconhecem e manifestam seu total respaldo ao Presidente da Assembleia Nacional, Juan Guaidó\", diz a nota.",
        None,
        &["ARG reject asserted", "PER reject asserted"],
    ),
    // An arrest of Maduro's opponents is no attack on his side
    (
        "O Brasil condenou a detenção do líder opositor venezuelano Leopoldo López.",
        None,
        &["BRA reject asserted"],
    ),
    // 
    (
        "Brazil condemned the arrest of Venezuelan opposition leader Leopoldo López.",
        None,
        &["BRA reject asserted"],
    ),
    // 
    (
        "Brazil condemned the arrest of Venezuelan President Nicolás Maduro.",
        None,
        &["BRA recognize asserted"],
    ),
    // 'prisão', 'arresto': an arrest
    (
        "Forças americanas capturaram Maduro. Javier Milei, presidente da Argentina, comemorou nas redes a prisão de Maduro.",
        None,
        &["ARG reject asserted", "USA reject asserted"],
    ),
    // Speaking out against, or questioning the legality of, an attack already reported stands by Maduro's side
    (
        "Fuerzas de Estados Unidos capturaron a Maduro en Caracas. Honduras y Bolivia se pronunciaron en contra de la detención.",
        None,
        &["BOL recognize asserted", "HND recognize asserted", "USA reject asserted"],
    ),
    // 
    (
        "Fuerzas de Estados Unidos capturaron a Maduro en Caracas. Bolivia y Cuba cuestionaron la legalidad del operativo.",
        None,
        &["BOL recognize asserted", "CUB recognize asserted", "USA reject asserted"],
    ),
    // 
    (
        "U.S. forces captured Maduro in Caracas. Brazil spoke out against the operation.",
        None,
        &["BRA recognize asserted", "USA reject asserted"],
    ),
    // 
    (
        "Forças americanas capturaram Maduro em Caracas. O Brasil questionou a legalidade da operação.",
        None,
        &["BRA recognize asserted", "USA reject asserted"],
    ),
    // 'The military intervention' is the armed attack already reported, not sanctions
    (
        "Estados Unidos bombardeó Caracas y capturó a Maduro. Bolivia, Cuba y Honduras rechazaron con firmeza la intervención militar.",
        None,
        &["BOL recognize asserted", "CUB recognize asserted", "HND recognize asserted", "USA reject asserted"],
    ),
    // 
    (
        "Estados Unidos impuso nuevas sanciones a Venezuela. El Grupo de Lima rechazó la intervención militar.",
        None,
        &["USA reject asserted"],
    ),
    // Lodging in an embassy ('alojado', 'hospedado', 'housed') is shelter there
    (
        "El opositor Edmundo González pasó varias semanas alojado en la embajada neerlandesa en Caracas.",
        None,
        &["NLD offer_asylum asserted opposition"],
    ),
    // 
    (
        "O opositor Edmundo González ficou hospedado por semanas na embaixada holandesa em Caracas.",
        None,
        &["NLD offer_asylum asserted opposition"],
    ),
    // The state whose asylum it is, after 'de'/'da'; asked for and received is granted
    (
        "O opositor Edmundo González, que pediu e obteve asilo da Espanha, desembarcou em Madri.",
        None,
        &["ESP offer_asylum asserted opposition"],
    ),
    // 
    (
        "El opositor González recibió asilo político de España.",
        None,
        &["ESP offer_asylum asserted opposition"],
    ),
    // An informant after 'según' holds nothing
    (
        "El dirigente opositor recibió hospitalidad en Caracas, según indicó la portavoz de la UE.",
        None,
        &[],
    ),
    // Urging Maduro to seek refuge in another country wants him gone; it hosts no one
    (
        "Mesmo com Maduro dizendo que fica no cargo, autoridades americanas insistem para que ele procure refúgio em outro país.",
        None,
        &["USA reject asserted"],
    ),
    // 
    (
        "U.S. officials urged Maduro to seek asylum in another country.",
        None,
        &["USA reject asserted"],
    ),
    // 
    (
        "Turkey offered Maduro asylum in another country.",
        None,
        &[],
    ),
    // The Constituent Assembly is Maduro's side
    (
        "Canada and Brazil have refused to recognize the Constituent Assembly.",
        None,
        &["BRA reject asserted", "CAN reject asserted"],
    ),
    // 
    (
        "Canadá y Brasil no reconocen la Asamblea Nacional Constituyente.",
        None,
        &["BRA reject asserted", "CAN reject asserted"],
    ),
    // 
    (
        "O Canadá e o Brasil não reconhecem a Constituinte.",
        None,
        &["BRA reject asserted", "CAN reject asserted"],
    ),
    // A broadcaster's name is no state
    (
        "Maduro pode deixar o país. De acordo com a CNN Brasil, três destinos aparecem como os mais prováveis para Maduro.",
        None,
        &[],
    ),
    // A condemned act after its author and a free relative ('what it described as Washington's use of force against a sovereign State'), once an attack is reported, stands by Maduro's side; the relative's pronoun is not what is condemned
    (
        "U.S. forces captured Maduro in Caracas on Saturday. China said it firmly condemns what it called Washington's reckless use of force against a sovereign State.",
        None,
        &["CHN recognize asserted", "USA reject asserted"],
    ),
    // 
    (
        "China condemned the use of force against a sovereign country.",
        None,
        &[],
    ),
    // A passive clause after a comma is said of the sentence's subject, however far back
    (
        "Guaidó se declarou presidente interino da Venezuela num comício lotado no centro de Caracas, na quarta-feira, sendo reconhecido por Estados Unidos e pelo Canadá.",
        None,
        &["CAN reject asserted", "USA reject asserted"],
    ),
    // 
    (
        "Maduro took the oath of office on Thursday before the Supreme Court in Caracas, being recognized by Russia and China.",
        None,
        &["CHN recognize asserted", "RUS recognize asserted"],
    ),
    // Support for a quoted transition is a demand for it
    (
        "Guaidó se declarou presidente interino, desafiando o regime de Nicolás Maduro. O Grupo de Lima afirmou que apoia uma \"transição democrática na Venezuela\" com novas eleições.",
        None,
        &["LIMA reject asserted"],
    ),
    // A rupture named as the subject of a hypothetical is talked about, not done
    (
        "Maduro claimed victory in Venezuela. \"Cutting ties would only punish ordinary people on both sides,\" Colombian Foreign Minister Luis Gilberto Murillo told reporters.",
        None,
        &[],
    ),
    // 
    (
        "Maduro se proclamó ganador. «Romper relaciones sería un error», dijo el canciller colombiano.",
        None,
        &[],
    ),
    // The holder of an ally possessed by Maduro's side stands before the possessor
    (
        "Cuba, Maduro's closest ally, seems to be relegated.",
        None,
        &["CUB recognize asserted"],
    ),
    // 
    (
        "Cuba is Maduro's closest ally.",
        None,
        &["CUB recognize asserted"],
    ),
    // 'has yet to' has not
    (
        "Maduro was declared the winner of the Venezuelan election. Colombia has yet to recognize the result.",
        None,
        &["COL reject asserted"],
    ),
    // The diplomats' owner before them is no holder, as an adjective too
    (
        "Maduro was declared the winner of the Venezuelan election. Costa Rica declared the Venezuelan ambassador persona non grata.",
        None,
        &["CRI break_ties asserted CRI"],
    ),
    // The departure demanded of diplomats is their expulsion
    (
        "El gobierno de Maduro ordenó la salida del personal diplomático de siete países latinoamericanos, incluyendo Argentina, Chile y Uruguay.",
        None,
        &["ARG break_ties asserted VEN", "CHL break_ties asserted VEN", "URY break_ties asserted VEN"],
    ),
    // 
    (
        "Caracas demanded the departure of diplomatic staff from seven South American countries, including Argentina, Chile and Peru.",
        None,
        &["ARG break_ties asserted VEN", "CHL break_ties asserted VEN", "PER break_ties asserted VEN"],
    ),
    // 
    (
        "Maduro exigiu a saída dos diplomatas da Argentina, do Chile e do Peru.",
        None,
        &["ARG break_ties asserted VEN", "CHL break_ties asserted VEN", "PER break_ties asserted VEN"],
    ),
    // … but Maduro's departure is his
    (
        "Argentina exigió la salida de Maduro del poder.",
        None,
        &["ARG reject asserted"],
    ),
    // 'rompimiento' breaks
    (
        "Maduro anunció el rompimiento de las relaciones diplomáticas con Washington.",
        None,
        &["USA break_ties asserted VEN"],
    ),
    // 'Neither X nor Y' opens its holder with a negation
    (
        "Maduro claimed victory in Venezuela. Neither Brazil nor Colombia will recognize the outcome before the tally sheets are released.",
        None,
        &["BRA reject asserted", "COL reject asserted"],
    ),
    // 
    (
        "Maduro se declarou vencedor. Nem o Brasil nem a Colômbia reconhecem a vitória de Maduro.",
        None,
        &["BRA reject asserted", "COL reject asserted"],
    ),
    // A generic holder's list after a colon
    (
        "Maduro was declared the winner. Seven countries called for a review of the election: Argentina, Costa Rica, Panama, Peru, Uruguay, Chile and Ecuador.",
        None,
        &["ARG reject asserted", "CHL reject asserted", "CRI reject asserted", "ECU reject asserted", "PAN reject asserted", "PER reject asserted", "URY reject asserted"],
    ),
    // A ministry's full name before its country's: the ministry acts
    (
        "Maduro foi capturado por forças americanas. O Ministério das Relações Exteriores da China repudiou o ataque.",
        None,
        &["CHN recognize asserted", "USA reject asserted"],
    ),
    // 
    (
        "Maduro was captured in a U.S. raid. The Ministry of Foreign Affairs of China condemned the attack.",
        None,
        &["CHN recognize asserted"],
    ),
    // Maduro named inside a relative clause after the states is no holder
    (
        "Forças americanas bombardearam Caracas e capturaram Maduro. Rússia e Irã, que mantêm laços estreitos com o governo de Maduro, condenaram a operação.",
        None,
        &["IRN recognize asserted", "RUS recognize asserted", "USA reject asserted"],
    ),
    // A list after 'como' is not a clause past a comma
    (
        "Muchos gobiernos tacharon el resultado como fraudulento, el mandatario turco, Recep Tayyip Erdogan, en cambio guardó silencio.",
        None,
        &[],
    ),
    // An adverb by the copula of 'X is one of the countries that …'
    (
        "Maduro se proclamó ganador en Venezuela. Uruguay también es uno de los gobiernos que reclamó una auditoría de los resultados electorales.",
        None,
        &["URY reject asserted"],
    ),
    // 
    (
        "Maduro claimed victory in Venezuela. Brazil is also among the countries that have refused to recognize the result.",
        None,
        &["BRA reject asserted"],
    ),
    // Considering the opposition candidate the winner rejects Maduro, asserted
    (
        "Maduro claimed victory in Venezuela. Washington and several governments in the region consider Edmundo Gonzalez the true winner.",
        None,
        &["USA reject asserted"],
    ),
    // 
    (
        "Maduro se proclamó ganador. Estados Unidos considera a Edmundo González el ganador de las elecciones.",
        None,
        &["USA reject asserted"],
    ),
    // 
    (
        "Maduro se declarou vencedor. Os Estados Unidos consideram Edmundo González o vencedor da eleição.",
        None,
        &["USA reject asserted"],
    ),
    // … but the electoral body declaring Maduro the winner is no rival's win
    (
        "Maduro claimed victory. The CNE declared Maduro the winner, and Russia congratulated him.",
        None,
        &["RUS recognize asserted"],
    ),
    // Gerunds of judging ('calificando', 'classificando') judge
    (
        "Estados Unidos bombardeó Caracas y capturó a Maduro. El gobierno chino expresó su rechazo calificando el bombardeo como una violación del derecho internacional.",
        None,
        &["CHN recognize asserted", "USA reject asserted"],
    ),
];

fn render(c: &atlas_core::model::Claim) -> String {
    let extra = c.beneficiary.map(|b| b.id().to_string()).or(c.initiator.map(str::to_string));
    let base = format!("{} {} {}", c.actor, c.stance.id(), c.certainty.id());
    match extra {
        Some(e) => format!("{base} {e}"),
        None => base,
    }
}

#[test]
fn every_sentence_yields_exactly_its_expected_claims() {
    let mut failures = Vec::new();
    for (text, date, expected) in CASES {
        let date = date.map(|d| Date::parse(d).unwrap());
        let claims = Extractor::global().extract(text, date);
        let mut seen = BTreeSet::new();
        let got: BTreeSet<String> =
            claims.iter().filter(|c| seen.insert((c.actor, c.stance))).map(render).collect();
        let want: BTreeSet<String> = expected.iter().map(|s| s.to_string()).collect();
        if got != want {
            failures.push(format!("{text:?}\n   want {want:?}\n    got {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases wrong:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn there_are_at_least_forty_cases_and_a_fair_share_of_negatives() {
    assert!(CASES.len() >= 40);
    assert!(CASES.iter().filter(|c| c.2.is_empty()).count() >= 12);
}
