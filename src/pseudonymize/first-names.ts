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
riet corrie truus bep nel toon jopie mien annie wilma marja jannie ria greet joop ad hennie toos ineke ans
mies betty gonny willy nelly lenie dinie tonny ton gerrie hetty joke marga margriet wies aafje ali geert
harrie jo sjef thea trudy wil klaas jacobus johannes gijsbert teunis hendrika geertruida grietje trijntje
ilona kaylee jolien wietske dunya shirin declan siobhan kyle tyler shanice kimberley romy saar mirthe ahmet
yasmina levi mees tess evi rayan salma ilias kenzo dex siem bo ties kiran deepak stacey leanne kirsty kayleigh
jade bradley callum connor reece aiden darren wayne lee carl shane stuart graham nigel trevor colin keith
gary craig neil barry terry sharon tracey donna julie dawn joanne karen lorraine beverley maureen pauline
margaret doreen brenda jean sheila eileen patricia kathleen bridget siobhan aoife niamh ciara sinead kieran
liam sean padraig dylan rhys gethin megan bethan cerys kayden jaxon harvey alfie archie freddie theo oscar
poppy evie isla freya millie ruby daisy amelia harper willow maisie lacey kacey destiny precious blessing
chidi chinedu emeka ngozi adaeze tunde femi ayo funmi kemi abena kwabena akosua yaw esi nana ama
lars sven jesper tygo mats olivier noud hidde sepp bram jip fedde jurre stan mick dani xavi rens thijmen
femke iris lynn nova puck sofie feline elin jasmijn fem liv noa lize isa benthe floor jet nova zara
hamza yassine ayoub mehdi anass zakaria othman reda khalid driss rachid abdelaziz mustapha abderrahim
fatiha naima malika zohra houda siham loubna hanane ikram hajar chaimae kawtar souad nadia rachida
mehmet ali hüseyin ibrahim ismail osman yusuf murat emre burak kaan baris onur cem deniz tolga volkan
ayse fatma emine hatice zeynep elif merve büsra esra ebru derya gül özlem sibel dilek gamze tugba
priscilla shanti rakesh sanjay vikram reshma sharda rubia gracia mavis gerda romano dewi ketut wayan
ewa anna katarzyna malgorzata agnieszka barbara krystyna marta monika tomasz pawel michal lukasz kamil
andrzej marcin grzegorz jakub wojciech adrian bogdan dorota iwona beata aleksandra natalia zofia
ionela mirela daniela georgiana alina simona ana mihaela gabriel cosmin ionut razvan vlad marius
dmytro oleksandr olena tetiana yulia svitlana andriy serhiy iryna kateryna anastasia maksym artem
ahmad mahmoud mohammad hussein ali khaled tarek samer rami fadi nour rana lina hiba dima yasmin aya
abdi abdullahi fadumo hodan hawa ifrah amran warsame yonas tesfay semhar selam helen merhawi filmon
`;

const strip = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');

export const FIRST_NAMES: ReadonlySet<string> = new Set(
  RAW.split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => [w, strip(w)]),
);

const known = (w: string): boolean => FIRST_NAMES.has(w) || FIRST_NAMES.has(strip(w));

/** A listed first name, accents aside ("Zoë"), or a compound of them such as "Jan-Willem" or "Anne-Marie". */
export function isFirstName(word: string): boolean {
  const w = word.toLowerCase().normalize('NFC');
  return known(w) || (w.includes('-') && w.split('-').every(known));
}
