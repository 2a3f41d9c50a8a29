// A general list of common first names in the Netherlands and the UK (including names common among
// Turkish, Moroccan, Surinamese, Polish, Romanian and other communities). Patterns carry the detection;
// this list only lets a lone first name count as a name. Names that are also months are left out.
const RAW = `
aaliyah aaron abdel abdelkader abdul abdullah abel abigail ada adam adil adriaan adrian adriana agnes ahmad ahmed
aicha aisha ajay akif alan albert alberto alec alex alexander alexandra alexandru alfred ali alice alicia alina
alisha amal amber amelia amina amir amira amy ana anand andre andrea andreea andrei andrew andries andy angela anika
anita anja anjali ann anna anne anneke annemarie annelies anouk anthony anton antonio arda aria arie arjan arjen
arnold aron arthur arwen asha ashley astrid ayoub ayse aylin ayla aziz bart bas bastiaan bea beatrix becky ben
benjamin bernard bert bianca bilal bjorn bob boris boudewijn bram brenda brian bridget britt bruno burak can
carla carlos carmen carol caroline casper catalin catharina cathy cees celine charlotte chantal charles charlie
chelsea chloe chris christian christiaan christina christine cindy claire clara claudia cor corinne cornelis
cristina daan dana daniel daniela danielle danny daphne david dean debbie demi denise dennis derk desiree diana
dick diederik dimitri dirk dolores dominique dora dorien dorothy doutzen dries duncan dylan ebru edward edwin eefje
elif elisa elisabeth eliza ella ellen elif elena elias elif eline elise elizabeth ellie els elske emily emine emir
emma emre enzo erik erika ernst esma esra esther eva evelien evert ewa fabian farah fardau fatima fatma femke
fenna finn fiona fleur floor florian floris frans freek frits gabriel gabriela gareth gemma georg george georgina
gerard gerben gerda gerrit gert gijs gillian gina giorgio gloria gordon gregory greta guus hamza hannah hanna hans
harm harry hasan hassan hatice hein helen helena hendrik henk henri henry herman hilde hugo huib hussein ian ibrahim
ilse imane imke inge ingrid ioana ion irene iris isa isaac isabel isabella ivo ivan jaap jack jacob jacqueline
jake james jamie jan jana jane janet janneke jannes jasmijn jasmine jason jasper jayden jeanine jeffrey jelle
jennifer jenny jeroen jesse jessica jill jim joan joanna jochem joep johan johanna john joke jolanda jonas
jonathan joost jordan jordi joris jos jose josef joseph josephine joshua joyce judith julia julian julie justin
kader karel karen karim karin karima kasper kate katie katarzyna kees kelly ken kenneth kerem kevin khadija kim
koen kofi kwame lars laura lauren laurens leah lena lennart leo leon lieke lieve lina linda lindsey lisa lisanne
liam lily lotte louise lucas lucy luka lukas luuk lydia maaike maarten madelief maja malik manon marc marcel marco
marcus maria mariam marian marieke marijke marina mario marion marius mariusz mark marleen marloes martijn martin
martine mary maryam mathijs matthew maud max maxime megan mehmet melanie melissa merel mia michael michel michelle
mike milan mila mirjam mohamed mohammed monique mustafa nadia naima nancy naomi natalie nathalie nathan nick nicole
niels nienke nina noah noor nora norbert nour oliver olivia omar oscar owen patricia patrick paul paula paulina
pauline pawel peter petra philip piet pieter pim priya rachel rafael rahul rajesh ramon rania rashid raymond
rebecca remco rene richard rick rik rob robert robin roel roger rohan roos rosa ruben rudi rutger ruth ryan sam
samir samira samuel sander sandra sanne sara sarah saskia sean sebastian selin sem senna sergio sevda shanti
sharon sheila sigrid silvia simon simone sjaak sjoerd sofia sophie stan stefan stefanie stephanie steven stijn
susan suzanne sven sylvia tamara tanja tara teun theo thijs thomas tim timo tobias tom tomasz tony twan valerie
vanessa vera victor victoria vincent wendy wesley wilhelmina willem wim wouter xander yara yasmin yassin yusuf
yvonne zahra zeynep zoe zoey ricardo murat olga oksana irina natasha agnieszka piotr krzysztof marek magdalena
joanna anamaria mihai florin gheorghe vasile elena cristian kemal hakan serkan fatih ozan hamid nabil
marie josé kerry youssef soufiane mounir fouad latifa hafsa meryem jamal reza rani ravi sunita anil kishan shivani dewi sunil
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(RAW.split(/\s+/).filter(Boolean));

/** A listed first name, or a compound of them such as "Jan-Willem" or "Anne-Marie". */
export function isFirstName(word: string): boolean {
  const w = word.toLowerCase().normalize('NFC');
  return FIRST_NAMES.has(w) || (w.includes('-') && w.split('-').every((part) => FIRST_NAMES.has(part)));
}
