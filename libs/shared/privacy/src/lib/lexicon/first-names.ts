// Common first names in the Netherlands: Dutch (several generations), Moroccan, Turkish, Surinamese and
// Antillean, Polish, Ukrainian and other Eastern European, Syrian, Afghan, Eritrean, Somali, West African,
// and English-language names. Stored folded (lower case, no diacritics) for look-up by token key.

const DUTCH_BOYS = `
noah sem liam lucas daan finn levi luuk mees james milan sam noud bram luca jesse adam mason benjamin julian
thomas teun siem hugo boaz tijn thijs ruben jens floris lars morris dex gijs stijn olivier jan tobias ties
jayden vince owen jurre hidde sven tim niek tom guus mats mick pepijn ryan kai rayan oliver otis jace jax dani
joep ravi willem cas koen wout bas rens joris jelle jip lewis fedde quinn lev nathan elias alexander victor
david joshua daniel dylan kevin stefan bart niels rick rik roy sander jasper jeroen joost maarten martijn
michiel pieter paul peter robin erik frank hans henk gerrit kees piet wim jos johan marco marcel patrick
richard ronald edwin dennis vincent jeffrey remco arjan bert dirk gert herman hendrik jacob jaap klaas cor
ton theo ruud leon arie cees dick evert frans fred gerard hein huub jacques jochem joop jurgen karel louis
marius matthijs nick nico olaf otto pim rene roel rutger sjoerd stan tijmen twan walter wessel wouter
yannick youri yuri bjorn ferry gino tristan wesley kenny jordy mike danny jeroen thijmen jurian jelmer
sietse sybren wietse tjeerd hessel gerben jorrit auke harmen jochem laurens lodewijk maurits
reinier rogier sebastiaan valentijn wijnand diederik coen ewout gijsbert hidde ids jildou joas melle
mauro marin senn sil ole mathijs timo tygo jorn jorne dion duuk dirkje riemer wybe martin arnold arjen
bernard bob boris casper chris christiaan clemens cornelis eddy egbert emiel ernst eric fabian fons freek
geert gijsbert guido hendrikus henri herbert ivo jop jorg kasper lennart marnix menno michel nicolaas
norbert onno oscar pascal philip quinten ralph raymond reinout robbert roderick roland siebe sjaak sjef
sjors steven tijs tjerk toon wilco wolter xander yorick yvo jesper joey jordi jay kay koos luc mart merijn
mitchel nils stef thom jules mathis mateo lion melvin jim gerrit-jan hans-peter
`;

const DUTCH_GIRLS = `
emma julia mila tess sophie zoe sara nora yara eva liv lotte evi noor anna milou olivia saar lauren nina
fleur lieke sarah fenna luna maud elin isa lisa sanne femke esmee fenne jasmijn lynn lina julie hailey
feline liz vera nova ella hannah hanna mia ilse iris lara anouk britt demi kim romy puck lois jill sterre
merel madelief lize jente charlotte elise emily amy isabella laura linda marieke marloes mirjam monique petra
sandra esther ingrid annemarie astrid bianca carla carolien chantal daphne desiree diana ellen els elske
erica erika eveline gerda hanneke heleen ilona inge ingeborg janneke jolanda judith karin kirsten lianne
lisette manon marjolein marleen martine miranda nicole patricia priscilla renate rianne saskia simone
suzanne tamara wendy willemijn yvonne yvette angela angelique annet anneke annelies ans bep corrie dini ria
riet toos truus willy joke jannie hennie gerrie mieke marian marianne maria marja mariska marjan tineke
hilde jacqueline jeanette joyce kelly kimberley naomi natasha nathalie nadine rachel rebecca sabine sharon
shirley sylvia tanja tessa vanessa veronique fien pien jet noa ize anne annabel benthe dewi eline elisa fay
fabienne floortje gwen hester isabel jara joelle kaylee kiki lana lena lieve lola lorena mare maya megan
mirthe myrthe nienke nikki norah rosalie sabrina sofie sofia sophia stella valerie wies zara zoey jolien
jozien liesbeth loes lotje marit maartje marijke mette minke neeltje nelleke roosmarijn sietske tjitske
wilma wilhelmien yfke aafke aukje baukje froukje geertje jikke lysanne malou mijke noortje renske silke
tirza vere amira annick anniek babette cato evy famke guusje hanne imke jaimy jasmijn kyra lizzy loes
lucy maxime meike mirte nadia noemi pleun rosa rosanne sacha silvie suus tara thirza valentina xena yade
bente jolijn agnes alida aline anita anja anke annemieke annette annie antoinette barbara bea bernadette
bettie bregje brenda carin carmen caroline catharina cindy claudia colette conny cora corine cynthia debora
dorien dorothe edith elly elisabeth emmy evelien francien gea gerdien gonny greetje hannie heidi helma
henny hetty ida inez ineke irene jacoba janine jenny johanna josje karlijn katja klaartje kristel lia
lidwien lisanne lonneke margriet mariet marina marjo marjon martha mirella nanda nel nelly paula paulien
renee rina rita roelie ruth sonja susan thea trudy ursula yolanda quinty jolein noëlle roxanne chantal
`;

const MOROCCAN_ARABIC = `
mohammed mohamed muhammad mohammad mehdi ahmed ahmad youssef yusuf ayoub ibrahim ismail hamza bilal amir
anas ayman hassan hussein hicham karim khalid mustafa mostafa nabil rachid rashid samir soufiane sofiane
tarik tarek yassin yassine zakaria zakariya abdel abdelkader abdellah abdullah abderrahim driss mourad
nordin othman redouan sami sofian walid younes ilyas idris imran adil amine anouar aziz brahim jamal jawad
khalil mounir nourdin riyad salah sufyan yahya zaid zayd ilias nassim faysal faisal marouane mohsin noureddine
omar mahmoud khaled rami tareq fadi majid nizar hadi hamid habib farid farhad reza hossein mohsen jawed
fatima fatma aya nour yasmina yasmine yasmin salma imane ikram khadija malika meryem maryam mariam naima
samira souad hafsa hajar hanane houda ilham kawtar latifa leila layla loubna nisrine rania sanaa siham
soukaina zainab zineb amal amina aicha aisha asma btissam chaimae dounia farah ghizlane inas jamila
karima meriem najat rabia safae wafae wiam yousra zahra hiba jana lamia sabah dalia nasrin shirin parisa
fatemeh leyla soraya laleh marwa rasha reem rahaf ranim hala huda haya aaliyah alya assia bouchra chaima
dina fadoua ghita hasna ibtisam kenza lamyae manal maroua mouna nadia noura oumaima rajae salima sara selma
`;

const TURKISH = `
mehmet ahmet huseyin hasan emre burak murat cem deniz efe eren kaan kerem mert oguz omer osman serkan tolga
yunus enes emir arda berat baran batuhan furkan halil kemal levent recep selim semih sinan taner umut volkan
yasin erdem ercan ayse emine hatice zeynep merve esra busra derya dilek ebru gulsen hulya kubra melek
melike meltem ozlem sevgi seyma tuba yasemin yeliz zehra aylin ecrin eylul irem selin sude nisanur asya
defne hira ahmet alperen bayram cengiz dogan erkan gokhan hakan ibrahim ilker koray mesut onur orhan ozan
ramazan serdar tuncay ugur yavuz yigit bahar beyza cansu damla dilara ela esma feyza gamze gizem hande
ilayda leyla nazli nergis pinar rukiye seda sibel songul sultan tugba yagmur
`;

const SURINAMESE_ANTILLEAN = `
ashwin anil rajesh sunil vikash dinesh kishan navin sanjay radjesh shanti sunita anjali priya reshma
sharmila sita kavita nisha chandra devika mahesh roshni shivani sandeep jermaine jair jairo dwayne
shaquille romano kenneth winston marvin errol glenn clarence gregory delano ricardo rodney sherida shanice
shanaya kimora shakira chelsea xaviera quincy milano romeo darnell elton gilbert jurmaine rishi rubia
sheila soraya sudesh urmila anoeschka ashna chandani dewika indira kiran krishna nandini rakesh ramon
sharda vidya giovanni rigoberto shurandy jurickson gianni kevin-jay dave
`;

const EASTERN_EUROPEAN = `
piotr pawel tomasz krzysztof marek michal jakub kacper wojciech andrzej lukasz mateusz szymon bartosz
dariusz grzegorz zbigniew agnieszka katarzyna malgorzata magdalena joanna monika ewa justyna dorota
aleksandra natalia karolina zuzanna oliwia wiktoria marta beata iwona olena oleksandr oleksii andriy dmytro
mykola serhii taras vasyl yulia oksana iryna tetiana svitlana nataliya viktoria kateryna daria sofiia
bogdan ivan igor sergei sergey vladimir nikolai olga irina tatiana elena svetlana ludmila ana ionut
andrei mihai alexandru gheorghe ioana andreea georgiana dimitar georgi ivanka petar milena stanislav
vasile valentin cristina mariana elisabeta bogdana yaroslav maksym artem anastasia polina veronika
`;

const AFRICAN_ASIAN = `
tesfay tesfaye yonas dawit mehari bereket filmon semere samuel amanuel yohannes senait helen ruta saba
selam mebrat abdi abdirahman abdullahi mohamud hodan hibo ayaan fadumo sahra ifrah idil kwame kofi ama
akosua chinedu chioma ngozi emeka oluwaseun linh minh anh wei hui tuan thanh huong lan quang hamidullah
kwabena abena efua yaw kofi abdiweli wahid zahir mahbooba rojin dilan berivan azad rojda jing xin hao
agus joao tiago rui ines beatriz
mustafa rahmatullah zabihullah gulalai freshta mursal nilofar ahmadshah sayed sadia hasina farzana
`;

const ENGLISH_INTERNATIONAL = `
jack jake logan leo dean brian jason justin mitchell tyler sean shane ethan aiden jaydon jaylen jordan
aaron adrian christian damian dominic elijah gabriel isaac joel jonah kian kyan luke matthew raphael rafael
sebastian simon xavi zayn ezra milo ava amelia evelyn abigail chloe lily aurora aria scarlett ellie maya
naomi alice jessica jennifer michelle melissa samantha stephanie danielle tiffany cheyenne kimberly
valentina gabriela mariana lucia camila fernanda juan carlos jose luis miguel pedro pablo diego marcos
alejandro antonio francesco giuseppe marco matteo giulia chiara francesca sara luca giovanni alessandro
`;

/** Names that are also ordinary words, month abbreviations or English words: flagged only with support. */
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = new Set(
  `ben wil said will harm hope grace faith joy storm sky bo lot job max april june may mei floor mark roos amber
  jade ivy hazel violet summer can nur lama rim jun ad cor sep lex joke trees hind nada lan hui dean aria lieve
  bayram sultan emir salah sabah mare ton frank dick fay rosa`.split(/\s+/).filter(Boolean),
);

/** Royal and other names used mostly in organisation names ("Prinses Máxima Centrum"); never flagged alone. */
const EXCLUDED = new Set(['maxima', 'amalia', 'beatrix', 'juliana', 'wilhelmina', 'ariane', 'alexia']);

export const FIRST_NAMES: ReadonlySet<string> = new Set(
  [DUTCH_BOYS, DUTCH_GIRLS, MOROCCAN_ARABIC, TURKISH, SURINAMESE_ANTILLEAN, EASTERN_EUROPEAN, AFRICAN_ASIAN, ENGLISH_INTERNATIONAL]
    .join(' ')
    .split(/\s+/)
    .filter((n) => n && !EXCLUDED.has(n)),
);
