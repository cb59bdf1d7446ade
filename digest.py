"""digest — a one-screen briefing from a folder of news articles.

Reads plain-text news articles (as scraped from the web) and prints one combined briefing:
each article's headline, byline and date; the people, organisations and places in them with
every alias merged; money, percentages and counts with what they measure; quotes with their
speakers; dates; and what the articles share.

examples:
  python digest.py seeds/                      briefing of every *.txt under seeds/
  python digest.py seeds/ --format json        the same as one JSON object (schema in README)
  python digest.py feed/ --format jsonl | jq -c 'select(.kind == "entity")'
  cat story.txt | python digest.py -           one article from standard input
  python digest.py merge a.json b.json         combine digests made with --format json on shards
"""

if __name__ == "__main__":  # until main() takes over, Ctrl-C ends the run at once, without a traceback
    import signal
    signal.signal(signal.SIGINT, signal.SIG_DFL)

import bisect
import gc
import heapq
import json
import marshal
import os
import re
import stat
import sys
import zlib
from array import array
from bisect import bisect_left
from collections import Counter
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal
from itertools import chain, islice, repeat
from operator import itemgetter
from typing import NamedTuple

try:
    from _blake2 import blake2b  # hashlib's own BLAKE2, without hashlib's 3 ms of loading OpenSSL at start-up
except ImportError:  # (an interpreter built without it)
    from hashlib import blake2b

gc.disable()  # no collection while the module's tables are built: they live as long as the process (see the end)

__version__ = "0.1.0"


#### Vocabulary ################################################################################
# General knowledge, written as compact strings and split once at import. Data, not logic.

# A space inside a pattern: scraped pages keep the no-break spaces of their HTML ("$4.5\xa0bn").
SP = r"[ \xa0]"


def _set(text: str) -> frozenset:
    """Words of a whitespace-separated table."""
    return frozenset(text.split())


def alternation(words) -> str:
    """A pattern matching any of the words, longest first so none is cut short ('Sept' before
    'Sep'); a space in a phrase matches SP."""
    return "|".join(re.escape(w).replace(r"\ ", SP) for w in sorted(words, key=lambda w: (-len(w), w)))


class Lazy:
    """A regular expression compiled on its first use, so that start-up pays only for the patterns a
    run needs (the words branch of FIGURE costs 6 ms and a run with no amount in words never uses it).
    Every pattern of the module is one: a briefing of the seeds uses about half of them, and compiling
    the rest at import cost 17 ms. After the first use its methods are plain attributes: no further
    indirection."""
    METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags = pattern, flags

    def __getattr__(self, name):
        compiled = re.compile(self.pattern, self.flags)
        for method in self.METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def _entries(text: str) -> list[tuple[list[str], list[str]]]:
    """Entries of a gazetteer: ([canonical name, other names...], [demonyms...])."""
    out = []
    for entry in text.replace("\n", "|").split("|"):
        if entry.strip():
            names, _, adjectives = entry.partition("=")
            out.append(([n.strip() for n in names.split("/")], adjectives.split("/") if adjectives else []))
    return out


# ---- Places ------------------------------------------------------------------------------------

# Countries and territories. Entries are separated by "|"; other names of one entry by "/";
# demonyms follow "=". "US", "U.S." and "United States" are one place.
COUNTRIES = """
Afghanistan=Afghan|Albania=Albanian|Algeria=Algerian|Andorra|Angola=Angolan|Antigua and Barbuda
Argentina=Argentine/Argentinian|Armenia=Armenian|Australia=Australian|Austria=Austrian
Azerbaijan=Azerbaijani/Azeri|Bahamas|Bahrain=Bahraini|Bangladesh=Bangladeshi|Barbados
Belarus/Byelorussia=Belarusian|Belgium=Belgian|Belize|Benin|Bhutan|Bolivia=Bolivian
Bosnia and Herzegovina/Bosnia/Bosnia-Herzegovina=Bosnian|Botswana|Brazil=Brazilian|Brunei
Bulgaria=Bulgarian|Burkina Faso|Burundi|Cambodia=Cambodian|Cameroon=Cameroonian|Canada=Canadian
Cape Verde|Central African Republic|Chad=Chadian|Chile=Chilean
China/People's Republic of China/Mainland China/PRC=Chinese|Colombia=Colombian|Comoros
Democratic Republic of Congo/DR Congo/DRC/Democratic Republic of the Congo/Zaire=Congolese
Republic of Congo/Congo/Congo-Brazzaville|Costa Rica=Costa Rican|Ivory Coast/Cote d'Ivoire=Ivorian
Croatia=Croatian/Croat|Cuba=Cuban|Cyprus=Cypriot|Czech Republic/Czechia=Czech
Denmark=Danish/Dane|Djibouti|Dominica|Dominican Republic=Dominican|East Timor/Timor-Leste
Ecuador=Ecuadorean/Ecuadorian|Egypt=Egyptian|El Salvador=Salvadoran|Equatorial Guinea
Eritrea=Eritrean|Estonia=Estonian|Eswatini/Swaziland|Ethiopia=Ethiopian|Fiji=Fijian
Finland=Finnish/Finn|France=French|Gabon|Gambia|Georgia/Ga.=Georgian|Germany=German
Ghana=Ghanaian|Greece=Greek|Grenada|Guatemala=Guatemalan|Guinea=Guinean|Guinea-Bissau|Guyana
Haiti=Haitian|Honduras=Honduran|Hungary=Hungarian|Iceland=Icelandic|India=Indian
Indonesia=Indonesian|Iran=Iranian|Iraq=Iraqi|Ireland/Irish Republic/Eire=Irish|Israel=Israeli
Italy=Italian|Jamaica=Jamaican|Japan=Japanese|Jordan=Jordanian|Kazakhstan=Kazakh|Kenya=Kenyan
Kiribati|North Korea/DPRK/N Korea=North Korean/N Korean|South Korea/Korea/Republic of Korea/S Korea=South Korean/Korean/S Korean
Kosovo=Kosovar|Kuwait=Kuwaiti|Kyrgyzstan=Kyrgyz|Laos=Laotian|Latvia=Latvian|Lebanon=Lebanese
Lesotho|Liberia=Liberian|Libya=Libyan|Liechtenstein|Lithuania=Lithuanian|Luxembourg
Madagascar|Malawi|Malaysia=Malaysian|Maldives|Mali=Malian|Malta=Maltese|Marshall Islands
Mauritania=Mauritanian|Mauritius|Mexico=Mexican|Micronesia|Moldova=Moldovan|Monaco
Mongolia=Mongolian|Montenegro|Morocco=Moroccan|Mozambique|Myanmar/Burma=Burmese
Namibia=Namibian|Nauru|Nepal=Nepali/Nepalese|Netherlands/Holland=Dutch|New Zealand
Nicaragua=Nicaraguan|Niger|Nigeria=Nigerian|North Macedonia/Macedonia=Macedonian
Norway=Norwegian|Oman=Omani|Pakistan=Pakistani|Palau|Palestine=Palestinian|Panama=Panamanian
Papua New Guinea|Paraguay=Paraguayan|Peru=Peruvian|Philippines=Philippine/Filipino
Poland=Polish|Portugal=Portuguese|Qatar=Qatari|Romania=Romanian|Russia/Russian Federation=Russian
Rwanda=Rwandan|Saint Kitts and Nevis|Saint Lucia|Samoa|San Marino|Saudi Arabia=Saudi
Senegal=Senegalese|Serbia=Serbian/Serb|Seychelles|Sierra Leone|Singapore=Singaporean
Slovakia=Slovak|Slovenia=Slovenian/Slovene|Solomon Islands|Somalia=Somali|South Africa=South African
South Sudan|Spain=Spanish/Spaniard|Sri Lanka=Sri Lankan|Sudan=Sudanese|Suriname|Sweden=Swedish/Swede
Switzerland=Swiss|Syria=Syrian|Taiwan=Taiwanese|Tajikistan=Tajik|Tanzania=Tanzanian|Thailand=Thai
Togo|Tonga|Trinidad and Tobago/Trinidad|Tunisia=Tunisian|Turkey/Turkiye=Turkish/Turk
Turkmenistan=Turkmen|Tuvalu|Uganda=Ugandan|Ukraine=Ukrainian
United Arab Emirates/UAE/U.A.E.=Emirati
United Kingdom/UK/U.K./Britain/Great Britain=British/Briton
United States/US/U.S./USA/U.S.A./America/United States of America=American
Uruguay=Uruguayan|Uzbekistan=Uzbek|Vanuatu|Vatican/Vatican City/Holy See|Venezuela=Venezuelan
Vietnam/Viet Nam=Vietnamese|Yemen=Yemeni|Zambia=Zambian|Zimbabwe=Zimbabwean
Soviet Union/USSR=Soviet|Yugoslavia=Yugoslav|Czechoslovakia|East Germany|West Germany
Hong Kong|Macau/Macao|Puerto Rico=Puerto Rican|Greenland|England=English|Scotland=Scottish/Scot
Wales=Welsh|Northern Ireland|Tibet=Tibetan|Chechnya=Chechen|Kurdistan=Kurdish/Kurd
Gaza/Gaza Strip|West Bank|Crimea|Catalonia=Catalan|Basque Country=Basque|Flanders=Flemish
"""

# Capitals, major cities, states and provinces, regions: same format as COUNTRIES.
PLACES = """
Washington/Washington D.C./Washington DC/District of Columbia
New York/New York City/NYC/N.Y.|Los Angeles/L.A.|Chicago|Houston|Philadelphia|Phoenix|San Antonio
San Diego|Dallas|San Francisco|San Jose|Austin|Boston|Seattle|Denver|Detroit|Atlanta|Miami
Minneapolis|St. Louis/St Louis|Baltimore|Pittsburgh|Cleveland|Cincinnati|New Orleans|Las Vegas
Portland|Nashville|Memphis|Milwaukee|Kansas City|Sacramento|Salt Lake City|Honolulu|Anchorage
Orlando|Tampa|Charlotte|Indianapolis|Columbus|Buffalo|Oakland|Hollywood|Manhattan|Brooklyn
Silicon Valley|Toronto|Montreal|Vancouver|Ottawa|Calgary|Edmonton|Winnipeg|Quebec City
Mexico City|Guadalajara|Monterrey|Tijuana|Havana|Kingston|Port-au-Prince|Santo Domingo|San Juan
Panama City|Guatemala City|San Salvador|Tegucigalpa|Managua|Bogota|Medellin|Caracas|Quito|Lima
La Paz|Santiago|Buenos Aires|Montevideo|Asuncion|Brasilia|Sao Paulo/São Paulo|Rio de Janeiro/Rio
London|Manchester|Birmingham|Liverpool|Leeds|Glasgow|Edinburgh|Cardiff|Belfast|Dublin|Cork
Bristol|Newcastle|Sheffield|Nottingham|Leicester|Oxford|Cambridge|Brighton|Southampton|Aberdeen
Paris|Marseille/Marseilles|Lyon/Lyons|Toulouse|Nice|Bordeaux|Lille|Strasbourg|Nantes
Berlin|Hamburg|Munich|Frankfurt|Cologne|Stuttgart|Dusseldorf/Düsseldorf|Dortmund|Leipzig|Dresden
Bremen|Hanover|Bonn|Madrid|Barcelona|Valencia|Seville|Bilbao|Malaga|Lisbon|Porto/Oporto
Rome|Milan|Naples|Turin|Florence|Venice|Genoa|Bologna|Palermo|Amsterdam|Rotterdam|The Hague/Hague
Utrecht|Brussels|Antwerp|Geneva|Zurich|Bern/Berne|Basel|Lausanne|Vienna|Salzburg|Prague
Bratislava|Budapest|Warsaw|Krakow/Cracow|Gdansk|Copenhagen|Stockholm|Gothenburg|Oslo|Bergen
Helsinki|Reykjavik|Tallinn|Riga|Vilnius|Minsk|Kyiv/Kiev|Kharkiv/Kharkov|Odesa/Odessa|Lviv
Moscow|St Petersburg/St. Petersburg/Saint Petersburg/Leningrad|Novosibirsk|Vladivostok|Grozny
Sochi|Athens|Thessaloniki|Sofia|Bucharest|Belgrade|Zagreb|Ljubljana|Sarajevo|Skopje|Tirana
Podgorica|Pristina|Chisinau|Valletta|Gibraltar|Istanbul|Ankara|Izmir|Baku|Tbilisi|Yerevan|Nicosia
Beijing/Peking|Shanghai|Guangzhou/Canton|Shenzhen|Chongqing|Tianjin|Wuhan|Chengdu|Nanjing|Xi'an
Hangzhou|Harbin|Taipei|Kaohsiung|Tokyo|Osaka|Kyoto|Yokohama|Nagoya|Kobe|Hiroshima|Nagasaki
Sapporo|Fukuoka|Okinawa|Seoul|Busan/Pusan|Incheon|Pyongyang|Ulaanbaatar/Ulan Bator|Hanoi
Ho Chi Minh City/Saigon|Bangkok|Phnom Penh|Vientiane|Yangon/Rangoon|Naypyidaw|Kuala Lumpur|Jakarta
Surabaya|Bali|Manila|Dhaka|Kolkata/Calcutta|Mumbai/Bombay|New Delhi|Delhi|Chennai/Madras
Bangalore/Bengaluru|Hyderabad|Ahmedabad|Karachi|Lahore|Islamabad|Rawalpindi|Peshawar|Quetta
Kabul|Kandahar|Herat|Kathmandu|Colombo|Tashkent|Almaty|Astana|Bishkek|Dushanbe|Ashgabat
Tehran|Isfahan|Mashhad|Baghdad|Basra|Mosul|Erbil/Irbil|Kirkuk|Fallujah|Damascus|Aleppo|Homs
Beirut|Amman|Jerusalem|Tel Aviv|Haifa|Ramallah|Riyadh|Jeddah|Mecca|Medina|Doha|Dubai|Abu Dhabi
Muscat|Manama|Kuwait City|Sanaa|Aden|Cairo|Alexandria|Tripoli|Benghazi|Tunis|Algiers|Rabat
Casablanca|Marrakesh|Khartoum|Addis Ababa|Asmara|Mogadishu|Nairobi|Mombasa|Kampala|Kigali
Bujumbura|Dar es Salaam|Dodoma|Lusaka|Harare|Maputo|Lilongwe|Johannesburg|Pretoria|Cape Town
Durban|Windhoek|Gaborone|Luanda|Kinshasa|Brazzaville|Lagos|Abuja|Kano|Accra|Abidjan|Dakar|Bamako
Niamey|Ouagadougou|Conakry|Freetown|Monrovia|Lome|Cotonou|Yaounde|Douala|Libreville|Nouakchott
Antananarivo|Juba|N'Djamena|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart|Darwin
Auckland|Wellington|Christchurch|Port Moresby|Suva
Alabama/Ala./Ala|Alaska|Arizona/Ariz./Ariz|Arkansas/Ark./Ark|California/Calif./Calif/Cal.
Colorado/Colo./Colo|Connecticut/Conn./Conn|Delaware|Florida/Fla./Fla|Hawaii|Idaho|Illinois/Ill./Ill
Indiana/Ind.|Iowa|Kansas/Kan./Kans.|Kentucky/Ky./Ky|Louisiana/La.|Maine|Maryland/Md./Md
Massachusetts/Mass./Mass|Michigan/Mich./Mich|Minnesota/Minn./Minn|Mississippi/Miss.|Missouri/Mo.
Montana|Nebraska/Neb./Neb|Nevada/Nev./Nev|New Hampshire|New Jersey/N.J./NJ|New Mexico/N.M.
North Carolina/N.C.|North Dakota|Ohio|Oklahoma/Okla./Okla|Oregon/Ore./Ore|Pennsylvania/Pa./Penn.
Rhode Island|South Carolina|South Dakota|Tennessee/Tenn./Tenn|Texas/Tex./Tex|Utah|Vermont
Virginia/Va.|West Virginia|Wisconsin/Wis./Wisc.|Wyoming/Wyo.
Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick
Newfoundland|New South Wales|Queensland|Tasmania|Western Australia|South Australia
Northern Territory|Bavaria|Andalusia|Sicily|Sardinia|Corsica|Siberia|Dagestan|Kashmir|Punjab
Gujarat|Maharashtra|Kerala|Tamil Nadu|Bihar|Uttar Pradesh|West Bengal|Assam|Guangdong|Fujian
Sichuan|Yunnan|Hubei|Hunan|Henan|Shandong|Zhejiang|Jiangsu|Hainan|Xinjiang|Inner Mongolia
Mindanao|Borneo|Sumatra|Java|Hokkaido|Balochistan/Baluchistan|Darfur|Yorkshire|Lancashire|Cornwall
"""

# Continents, seas and regions: never a sports club's name.
REGIONS = """
Europe|Asia|Africa|Americas|North America|South America|Latin America|Central America|Oceania
Middle East/Mideast|Near East|Far East|Gulf|Persian Gulf|Balkans|Baltics|Caucasus|Caribbean
Scandinavia|Mediterranean|Atlantic|Pacific|Arctic|Antarctica|Antarctic|Asia-Pacific/Asia Pacific
Southeast Asia/South-East Asia/South East Asia|East Asia|South Asia|Central Asia|Eastern Europe
Western Europe|Central Europe|Sub-Saharan Africa|North Africa|West Africa|East Africa
Southern Africa|Horn of Africa|Sahara|Sahel|Golan Heights|Donbas|Himalayas|Alps|Andes|Sinai
"""

# Nationality and group adjectives that are not in COUNTRIES: never people, never places.
DEMONYM_EXTRA = _set("""
European Asian African Arab Arabic Latin Western Eastern Nordic Scandinavian Balkan Baltic
Caribbean Mediterranean Muslim Muslims Christian Christians Jewish Jew Jews Islamic Islamist
Hindu Buddhist Sikh Catholic Protestant Orthodox Sunni Shia Shiite Shi'ite Zionist Persian
Pashtun Tamil Sinhalese Uighur Uyghur Hispanic Anglo Soviet Yugoslav Bavarian Texan Californian
Londoner Parisian Muscovite Asian-American African-American Aboriginal Maori Inuit
Democrat Republican Socialist Communist Nationalist Loyalist Unionist Moslem Moslems Arabs Nazi Nazis Fascist
Hebrew Urdu Hindi Mandarin Cantonese Swahili Farsi Pashto Bengali Punjabi Afrikaans Afrikaner Zairean
""")

# Words that make a capitalised span a place ("South China Sea", "Mount ...", "Lake ...").
PLACE_SUFFIXES = _set("""
River Sea Ocean Lake Mountains Mountain Island Islands Isles Bay Gulf Strait Straits Channel
Canal Valley Desert Peninsula Province Prefecture Region District Territory Territories County
Street Avenue Road Square Bridge Airport Coast Heights Hills Highlands Plains Basin Delta Falls
Harbour Harbor Reef Forest Glacier Park Stadium Oblast Krai Republic
""")

PLACE_PREFIXES = _set("Mount Mt Mt. Lake Cape Gulf Isle Fort Port Saint St St.")

PLACE_NOUNS = _set("town city village province region district county capital port island suburb municipality enclave state")

PLACE_WORDS_BEFORE = _set("in near outside across throughout towards via northern southern eastern western central")


# ---- Organisations -----------------------------------------------------------------------------

# Organisations known by name from general knowledge: same format as COUNTRIES.
ORGS = """
United Nations/UN/U.N.|European Union/EU/E.U.|NATO/Nato/North Atlantic Treaty Organization
World Health Organization/WHO|World Trade Organization/WTO|International Monetary Fund/IMF
World Bank|OPEC|ASEAN|African Union|Arab League|OECD|Interpol|Europol|Red Cross
Amnesty International|Human Rights Watch|Greenpeace|FIFA|UEFA|International Olympic Committee/IOC
Federal Reserve/Fed|European Central Bank/ECB|Bank of England|Bank of Japan/BOJ
FBI|CIA|NSA|NASA|Pentagon|White House|Kremlin|Congress|Senate|Supreme Court|Downing Street
House of Commons/Commons|House of Lords/Lords|Bundestag|Duma|Knesset|Dail|Storting|Riksdag|Sejm
Labour/Labour Party|Conservative Party/Conservatives/Tories/Tory Party/Tory|Liberal Democrats/Lib Dems/Lib Dem
Democratic Party/Democrats|Republican Party/Republicans/GOP|Hamas|Hezbollah|Taliban
al-Qaeda/al Qaeda/Al-Qaeda/Al Qaeda|Islamic State/ISIS/ISIL|IRA|PLO|Kuomintang/KMT
Reuters|Bloomberg|BBC|CNN|Xinhua|Al Jazeera|Interfax|Itar-Tass|AFP/Agence France-Presse|NHK
New York Times|Washington Post|Wall Street Journal|Financial Times|The Economist
Microsoft|Google|IBM|Intel|Samsung|Sony|Toyota|Honda|Nissan|General Motors|Boeing|Airbus
Volkswagen|BMW|Daimler|Siemens|Nokia|Ericsson|Alibaba|Huawei|Tencent|Baidu|Nestle|Unilever
HSBC|Barclays|Goldman Sachs|JPMorgan/JP Morgan|Morgan Stanley|Citigroup|Deutsche Bank|UBS
Walmart/Wal-Mart|Coca-Cola|PepsiCo|McDonald's|Disney|Netflix|Twitter|Uber|Gazprom|BP
ExxonMobil/Exxon|Chevron|Aramco|Nasdaq|NYSE|Nikkei|Sotheby's|Christie's|Vodafone|Nintendo
"""

# Verbs that may stand just before a role and a name: "rivals say chairman Ann Lee is ...".
ROLE_VERBS = _set("""claim claims say says see sees call calls name names meet meets met join joins back backs
ask asks tell tells warn warns add adds explain explains argue argues insist insists believe believes""")

# Nouns after "the": "the Commission", "the Ministry" refer back to a named organisation.
ORG_HEADS = _set("""
Ministry Department Agency Authority Commission Committee Council Parliament Assembly Congress
Senate Party Union Association Federation Institute University College School Academy
Foundation Society Organisation Organization Office Bureau Board Court Tribunal Police Army Navy
Church Club Bank Fund Trust Company Corporation Group Government Cabinet Administration Reserve
Treasury Secretariat Mission Delegation Brigade Corps Command Front Movement Alliance League
Coalition Forum Centre Center Service Services Exchange Network Chamber Conference Consortium
""")

# Last words that make a capitalised span an organisation ("... Motors", "... Inc.").
ORG_SUFFIXES = ORG_HEADS | _set("""Executive
Inc Inc. Corp Corp. Co Co. Ltd Ltd. Limited LLC plc PLC AG SA NV GmbH Holdings Bancorp
Partners Securities Airlines Airways Motors Systems Technologies Communications Industries
Times Post News Journal Herald Telegraph Tribune Gazette Guardian Observer Press Radio Television
Chronicle Mirror Express Mail Courier Examiner Inquirer Scotsman Sentinel Dispatch
TV Studios Pictures Records Entertainment Media Energy Petroleum Oil Pharmaceuticals Group
Brothers Bros Bros. Forces Guard Guards Commandos United Rovers Wanderers Athletic Albion FC
S.A. N.V. A.G. SpA S.p.A. L.P. LP Plc Bancshares Financial Capital Ventures Electric Steel
Chemical Chemicals Mining Resources Telecom Telecommunications Shipping Insurance Assurance
Investments Associates Sons Consolidated International Newsroom Desk Agency Exchange Power
Utilities Semiconductor Electronics Foods Brands Enterprises Solutions Software Networks Products Coal Gas Mobile Rail
Pharma Labs Laboratories Stores Hospitality Properties Realty Equity Funds Management Advisors
Advisers Consulting Medical Healthcare Automotive Aerospace Railways Railway Railroad Logistics
Engineering Construction Cement Textiles Motor Holding Telecommunication
""")

ORG_NOUNS = _set("""agency company firm carrier airline newspaper daily weekly magazine broadcaster carmaker
automaker manufacturer retailer insurer lender brokerage conglomerate giant subsidiary club side publisher group
regulator watchdog operator brewer drugmaker supermarket chain bank maker producer supplier distributor miner
builder network""")

ROLE_OF_WORDS = _set("""
executive chairman chairwoman president director founder boss spokesman spokeswoman ceo
shareholders employees owner head
""")

# Nouns after an unknown name's possessive that mark a company: "Acme's factory".
COMPANY_NOUNS = _set("""
shares stock factory plant plants headquarters board chief ceo chairman executives employees
staff workers customers products brand subsidiary unit division profits profit revenue revenues
sales earnings shareholders website app platform services service stores network boss bosses
results creditors auditors accounts
""")

COMPANY_ADJECTIVES = _set("based listed registered headquartered")

# Acronyms that are words of the trade, not names.
COMMON_ACRONYMS = _set("""
CEO CFO COO CTO GDP GNP CPI PPI VAT TV PC AIDS HIV SARS COVID DNA PM AM GMT BST EST UTC OK MP MEP R&B
USB PDF CD DVD IT AI PR HQ ID IQ RAM CPU UFO WMD NGO IPO ETF LNG LPG EPS PE MPS SUV CAPS NB PS
LCD LED OLED HD HDTV DTT GPS PDA SMS MMS RFID DSL ADSL ISP URL HTML CCTV ATM SIM MPEG DAB VCR PVR
""")


# ---- People ------------------------------------------------------------------------------------

# Person titles written before a name ("Senator Marco ..."); heads and the words that qualify them.
TITLE_HEADS = _set("""
president premier chancellor minister secretary senator sen congressman congresswoman
representative rep governor gov mayor ambassador envoy commissioner king queen prince princess
emperor empress pope cardinal archbishop bishop rabbi imam sheikh sheik ayatollah sultan emir
general gen admiral adm colonel col major maj captain capt lieutenant lt sergeant sgt commander
marshal brigadier judge justice chairman chairwoman chairperson director dr mr mrs ms miss mx
sir dame lord lady baroness baron duke duchess professor prof reverend rev father pastor
coach inspector detective constable speaker leader chief spokesman spokeswoman spokesperson
attorney ceo saint st patriarch mufti superintendent mp mep msp mla
""")

# A government department's portfolio: "[German] Foreign Ministry" leaves the nationality out.
PORTFOLIOS = _set("""foreign finance interior defence defense home trade health education energy economy
agriculture culture labour labor environment transport industry justice""")

# Forms of address: taken off a name, but not roles worth reporting.
HONORIFICS = _set("mr mrs ms miss mx")

# Abbreviated titles that are titles only with their dot ("Gen." but not the name "Gen").
DOTTED_TITLES = _set("sen gen rep gov col capt lt sgt adm maj prof rev st")

TITLE_MODIFIERS = _set("""
vice deputy prime foreign finance defence defense interior home trade health education energy
economy economic agriculture culture environment transport industry justice
junior senior assistant acting former ex first chief supreme grand crown executive managing
general state opposition party national security federal interim caretaker elect
principal permanent under shadow
""")
# Words that change what a role is ("shadow chancellor" is no chancellor): kept in front of a role.
ROLE_CHANGERS = _set("vice deputy shadow former ex assistant acting interim associate under junior outgoing")
# What a title is "of": "Chancellor of the Exchequer", "Secretary of State", "Minister of Defence".
TITLE_COMPLEMENTS = _set("""
exchequer state defence defense finance justice health education commons lords treasury staff
foreign interior trade industry commerce agriculture environment transport energy labour labor
culture home affairs economy
""")
HONORIFIC_TITLES = HONORIFICS | _set("dr sir dame lord lady baron baroness")  # forms of address
# Titles by which peers and royals are known with one name: "Lord Falconer", "Prince Edward".
PEERAGE = _set("lord lady baron baroness earl countess duke duchess viscount marquess prince princess")
ADDRESS_ONLY = HONORIFIC_TITLES - PEERAGE  # forms of address that are no role ("Dr", "Sir"; a peer's title is)
# Titles that say whether "he" or "she" can mean a person: "He told Ms Lee" is not Ms Lee speaking.
TITLES_OF_WOMEN = _set("mrs ms miss dame lady baroness countess duchess princess queen")
TITLES_OF_MEN = _set("mr sir lord baron earl duke viscount marquess prince king")

# Lower-case role nouns: "business mogul Elon ...", "Surrey captain Chris ...", ", chairman of".
ROLE_NOUNS = _set("""
president chairman chairwoman chair chief executive ceo director manager coach captain
spokesman spokeswoman spokesperson minister secretary senator governor mayor ambassador envoy
leader head founder co-founder owner mogul tycoon billionaire magnate entrepreneur investor
banker economist analyst strategist lawyer attorney prosecutor judge professor scientist
researcher expert doctor surgeon author writer novelist poet journalist reporter editor
columnist correspondent photographer actor actress singer songwriter musician rapper star
comedian presenter host artist designer architect chef player striker midfielder
defender goalkeeper keeper forward winger batsman bowler all-rounder spinner off-spinner
leg-spinner pitcher quarterback champion runner sprinter cyclist driver rider jockey boxer
golfer swimmer skier lawmaker legislator politician diplomat official commander adviser
advisor aide negotiator activist campaigner dissident critic premier chancellor president-elect
commissioner administrator chairman-elect candidate nominee challenger vice-president
hopeful veteran teammate counterpart successor predecessor playwright filmmaker film-maker
dramatist composer conductor dancer choreographer model broadcaster commentator sculptor painter
officer partner consultant trader broker treasurer accountant engineer inventor lecturer teacher
historian philosopher lobbyist skipper boss prop centre fly-half scrum-half full-back
flanker hooker lock wing opener wicketkeeper catcher receiver linebacker centre-back
left-back right-back sweeper playmaker rookie newcomer teenager youngster pundit coach-turned
""")

# Given names across cultures: a two-word capitalised span starting with one is a person.
# (FAMILY_FIRST below also begin people's names.)
GIVEN_NAMES = _set("""
Aaron Abdul Abdullah Abraham Adam Adrian Ahmed Ahmad Alan Albert Alberto Alejandro Alex Alexander
Alexandre Alexei Alfred Ali Alice Alicia Alison Amanda Amir Amy Ana Anders Andre Andrea Andreas
Andrei Andres Andrew Andy Angela Angelo Ann Anna Anne Anthony Antoine Anton Antonio Arnold Arthur
Ashley Barbara Barry Ben Benjamin Bernard Bill Billy Bob Bobby Boris Brad Brandon Brett Brian Bruce
Bruno Camilla Carl Carla Carlo Carlos Carmen Carol Caroline Catherine Charles Charlie Charlotte
Chris Christian Christina Christine Christopher Claire Claude Claudia Colin Craig Cristina Dan
Daniel Daniela Danny Dario Dave David Dean Deborah Dennis Derek Diana Diane Dick Dieter Dimitri
Dmitry Dominic Don Donald Doug Douglas Ed Eddie Edward Edwin Elena Elizabeth Ellen Emily Emma
Enrique Eric Erik Ernst Eva Evan Fabio Farid Fatima Felipe Felix Fernando Frank Franz Fred
Frederick Gabriel Gareth Gary Gavin Geoff Geoffrey George Georg Gerald Gerard Gerhard Giovanni
Giuseppe Gordon Graham Greg Gregory Guy Hans Harold Harry Hassan Heather Heinz Helen Helmut Henri
Henrik Henry Herbert Hugh Hugo Hussein Ian Igor Imran Isabel Ivan Jack Jacob Jacques Jaime James
Jan Jane Janet Jason Javier Jay Jean Jeff Jeffrey Jennifer Jeremy Jerry Jessica Jim Jimmy Joan
Joao Joe Johan Johann Johannes John Johnny Jon Jonathan Jorge Jose Josef Joseph Josh Joshua Juan
Judith Julia Julian Julie Jurgen Justin Karen Karim Karl Kate Katherine Kathleen Keith Kelly Ken
Kenneth Kevin Khalid Kim Klaus Kurt Larry Laura Laurent Lee Leo Leon Leonard Leslie Lewis Linda
Lisa Louis Luc Luca Lucas Luis Luke Lynn Mahmoud Malcolm Manuel Marc Marco Marcus Margaret Maria
Marie Mario Mark Martin Mary Massimo Matt Matthew Maurice Max Megan Mehmet Michael Michel Michelle
Miguel Mike Mikhail Mohamed Mohammad Mohammed Muhammad Nancy Natalia Nathan Neil Nelson Nicholas
Nick Nicola Nicolas Nigel Nikolai Nina Noah Oleg Oliver Olivier Omar Oscar Pablo Pamela Pascal
Patricia Patrick Paul Paula Pedro Peter Petr Phil Philip Philippe Pierre Rachel Rafael Ralph
Ramon Raul Ray Raymond Rebecca Richard Rick Rob Robert Roberto Robin Roger Roman Ron Ronald Rosa
Ross Roy Ruth Ryan Salim Sally Sam Samuel Sandra Sara Sarah Scott Sean Sebastian Sergei
Sergey Sergio Simon Sophie Stefan Stephen Steve Steven Stuart Susan Sven Tanya Ted Teresa Terry
Thomas Tim Timothy Tina Todd Tom Tommy Tony Tyler Valerie Vasily Vicente Victor Victoria Viktor
Vincent Vladimir Walter Wayne Werner William Wolfgang Xavier Yasser Youssef Yuri Yusuf
Zoe Abu Akira Amit Anil Arjun Deepak Hiroshi Kenji Kazuo Koji Naoto Rahul Raj Rajesh Ravi
Sanjay Sunil Takeshi Taro Vijay Yoshi Yuki Kofi Nnamdi Thabo Kwame Hamid Ibrahim Ismail Jamal
Mustafa Nabil Rashid Tariq Walid Ayman Aisha Amina Leila Layla Nadia Samira Yasmin Zainab Anwar
Haider Saad Kemal Ahmet Emre Murat Ayse Elif Hakan Moshe Yitzhak Shimon Ariel Natan Avi Yael Tamar
Luiz Mauricio Rodrigo Diego Gustavo Alejandra Valentina Camila Lucia Sofia Mateo Santiago Gloria
Aleksander Andrzej Tomasz Piotr Katarzyna Agnieszka Marek Pavel Jiri Vaclav Lech Dragan Goran Zoran
Olga Irina Svetlana Natasha Tatiana Dmitri Anatoly Leonid Oksana Yulia Denis Cyril Morgan Emile
Ngozi Chinedu Emeka Tunde Adebayo Amaka Wanjiru Themba Sipho Lindiwe Zanele Olusegun Uhuru
Wei Jing Lei Ying Xiao Hui Jun Hao Mei Sonia Rajiv Indira Narendra Priya Anjali Sunita Kavita
Pooja Neha Ramesh Suresh Mahesh Manoj Vikram Rohit Ashok Arvind Shashi Amartya
Shane Glenn Ricky Darren Alec Graeme Jamie Fiona Hamish Ewan
Callum Declan Siobhan Aoife Niamh
Abigail Aidan Alastair Alexandra Alfie Annie Archie Barney Becky Bernie Bertie Beverley Bridget Calvin
Cameron Carly Cecil Cheryl Clare Clement Clive Conor Damian Damien Danielle Debbie Denzel Dermot Desmond
Dianne Donna Duncan Dylan Eamonn Eleanor Elliot Elton Ernest Estelle Eugene Finlay Francis Gemma Geraint
Gerry Gillian Gina Glenda Gregg Gwyneth Halle Hannah Harriet Harvey Hector Heidi Helena Hilary Horace
Howard Hubert Humphrey Iain Imogen Ingrid Irene Isabella Jackie Jacqui Jake Jasper Jeanette Jed Jenny
Jerome Jesse Jill Joanna Jodie Joel Josephine Joyce Jude Judy Jules Katie Keira Kenny Kerry Kieran
Kimberly Kirsten Kirsty Kylie Lara Lauren Leah Lena Lenny Leonardo Lesley Liam Lindsay Lindsey Lionel
Lloyd Lorna Lorraine Louise Lucy Lynne Maggie Mandy Marion Martina Marvin Maureen Maxine Melanie Melissa
Mervyn Mia Miranda Molly Mona Monica Monty Naomi Natalie Neville Nicole Nikki Noel Nora Norman Olivia
Ollie Orlando Owen Pam Patsy Patti Pauline Penny Percy Petra Phoebe Quentin Reese Reginald Renee Rhys
Rita Roland Rory Rosemary Rosie Rowan Rupert Russell Samantha Sasha Scarlett Seamus Serena Sharon Shaun
Sheila Shirley Sidney Simone Stacey Stella Stephanie Stewart Sue Suzanne Sylvia Tara Terence Tessa Theo
Theresa Toby Toni Tracey Tracy Tristan Ursula Vanessa Vera Vernon Vicky Vince Vivian Wallace Wanda
Wendy Wesley Wilfred Winston Wyn Yolanda Yvette Yvonne Zac Zara
""")

# Nouns after a name that make the name a modifier, not the subject: "the Biden administration".
MODIFIED_NOUNS = _set("""
administration government aides aide officials official team campaign spokesman spokeswoman
spokesperson family office supporters allies critics camp lawyers lawyer statement
""")


# ---- Words around names ------------------------------------------------------------------------

# Words that start sentences or headlines but never names: never entities on their own.
STOPWORDS = _set("""
a about above across after afterwards again against ago ahead all almost along already also
although always am among amid an and another any anyone anything are around as at back be
because been before behind being below beneath beside besides between beyond both but by can
cannot could despite did do does doing done down during each either else elsewhere enough even
ever every everyone everything except far few for from further had has have having he her here
hers herself him himself his how however i if in including inside instead into is it its itself
just last least less like many may me meanwhile might more moreover most much must my myself
near nearly neither never nevertheless next no nobody none nor not nothing now of off often on
once one only onto or other others otherwise our ours out outside over own per perhaps please
quite rather really same several shall she should since so some somehow someone something
sometimes still such than that the their theirs them themselves then there thereby therefore
these they this those though through throughout thus to together too toward towards under unless
unlike until up upon us very via was we well were what whatever when whenever where whereas
wherever whether which while who whoever whole whom whose why will with within without would yet
you your yours yourself according added adding asked says said say told tells yes today tonight
tomorrow yesterday earlier later first second third new old soon past
let lets indeed overall thanks regardless following given
notably separately initially eventually finally recently
currently previously speaking ask
""")

# Family names written first (Chinese, Korean, Vietnamese, Burmese): the first word of a person's name,
# and, alone, the name the article calls them by ("Hu Wen ... Hu said").
FAMILY_FIRST = _set("""
Goh Hun Aung Roh Ban Jiang Zhu Hu Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Deng Mao Lin Ma Gao
Luo Guo Tang Xu Xie Feng Cao Peng Zeng Xiao Tian Dong Yuan Cai Cheng Wei Kim Choi Kang Yoon Nguyen Tran
Pham Hoang
""")

# Short forms of given names, as written in news, and the full form they stand for.
NICKNAMES = dict(pair.split("=") for pair in """
Al=Albert Andy=Andrew Ben=Benjamin Bernie=Bernard Bill=William Billy=William Bob=Robert Bobby=Robert
Charlie=Charles Chris=Christopher Chuck=Charles Dan=Daniel Danny=Daniel Dave=David Dick=Richard
Ed=Edward Eddie=Edward Fred=Frederick Geoff=Geoffrey Greg=Gregory Jim=James Jimmy=James Joe=Joseph
Jon=Jonathan Josh=Joshua Ken=Kenneth Larry=Lawrence Matt=Matthew Mike=Michael Nick=Nicholas
Pat=Patrick Pete=Peter Phil=Philip Rick=Richard Rob=Robert Ron=Ronald Sam=Samuel Steve=Stephen
Ted=Edward Tom=Thomas Tommy=Thomas Tony=Anthony Vic=Victor Will=William Kate=Katherine Liz=Elizabeth
Beth=Elizabeth Sue=Susan Jenny=Jennifer Meg=Margaret Maggie=Margaret Becky=Rebecca Vicky=Victoria
""".split())

# Stopwords that also begin names ("New York", "First Albany", "Second Avenue"): they never break one.
NAME_STARTERS = _set("new first second third old")
# Stopwords that are also family names, after a given name: "Theresa May", "Thomas More".
SURNAME_STOPWORDS = _set("may more will")

# Small words inside names: joiners ("Bank of Japan", "Procter & Gamble"), the particles of
# personal names ("Ludwig van Beethoven", "Osama bin Laden") and "for" ("Centre for Economic ...").
JOINERS = ("of", "the", "and", "&")
PARTICLES = ("de", "del", "della", "di", "da", "du", "des", "dos", "das", "van", "der", "den", "von",
             "la", "le", "bin", "ibn", "y")
CONNECTORS = JOINERS + PARTICLES + ("for",)

# Nouns for things, not people: a span made of them ("Cold War", "National Security Strategy")
# is not a person even when nothing else is known about it.
THING_WORDS = _set("""
war cold world cup national security strategy federal reserve central international council state
states united new year day house white black red green blue great grand prix open league
championship championships games olympic olympics union party policy act bill law treaty accord
agreement summit conference forum report plan programme program project fund bank market exchange
index stock street road square avenue airport station hotel hospital school college university
church museum gallery theatre theater centre center tower bridge park hall palace castle court
prison police army navy air force forces guard service services office department ministry agency
authority commission committee board group company corporation media news network television radio
times post journal daily review magazine press books records music film pictures studios awards
award prize festival show series season tour trophy final finals round match race rally marathon
slam super bowl global digital internet online web mobile software systems technology energy oil
gas power water health care medical research science institute foundation trust society association
federation alliance coalition movement front liberation revolution democratic republican socialist
communist liberal conservative labour people public social economic financial political military
civil human rights justice peace freedom independence regional local city county province district
north south east west northern southern eastern western middle upper lower high low old first
second third last next big little royal imperial holy catholic islamic general special supreme
chief senior junior foreign home interior finance trade defence defense education transport
environment agriculture industry commerce treasury affairs development cooperation relations
intelligence emergency crisis relief aid growth reform budget tax customs immigration border sea
ocean river lake mountain island valley desert strait gulf bay channel coast week month christmas
easter eve cabinet government administration republic kingdom empire time trial trials challenge
challenges monologues prizes shows story stories book novel album single song songs band live
concert opera ballet play plays drama comedy movie episode studio exhibition collection fashion
design style art arts record label chart charts top hit hits star stars idol factor talent academy
schools colleges hospitals clinic cathedral temple mosque lane garden gardens markets mall arena
stadium ground grounds club clubs leagues cups masters classic derby races paralympics tournament
semi semis quarter division circuit website hardware computer computers phone phones networks
broadband wireless video console player players system technologies projects scheme plans reports
inquiry laws treaties deal deals talks agenda taxes rate rates funds banks stocks bond bonds share
shares trusts insurance pension pensions nhs days weeks night nights morning evening spring summer
autumn winter wars battle chapter section clause article articles
""")

THING_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ism", "ship", "hood", "ology", "ical", "ive",
                 "ous", "ful", "less", "able", "ible", "ics")  # not "-ance": France, Lawrence, Florence


# ---- Time --------------------------------------------------------------------------------------

# Month names and their abbreviations, in calendar order.
MONTH_FORMS = ("January Jan", "February Feb", "March Mar", "April Apr", "May", "June Jun", "July Jul",
               "August Aug", "September Sep Sept", "October Oct", "November Nov", "December Dec")
MONTHS = {form.lower(): i for i, forms in enumerate(MONTH_FORMS, 1) for form in forms.split()}
MONTH_NAMES = tuple(forms.split()[0] for forms in MONTH_FORMS)  # "January", ..., "December"

WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}


# ---- Amounts -----------------------------------------------------------------------------------

# Scale words after a number, and what they multiply by: "$4.8bn", "1.2 trillion yen", "Rs 500 crore".
SCALES = {"thousand": 10 ** 3, "k": 10 ** 3, "million": 10 ** 6, "m": 10 ** 6, "mn": 10 ** 6, "mln": 10 ** 6,
          "billion": 10 ** 9, "bn": 10 ** 9, "b": 10 ** 9, "bln": 10 ** 9, "trillion": 10 ** 12, "tn": 10 ** 12,
          "trn": 10 ** 12, "crore": 10 ** 7, "crores": 10 ** 7, "lakh": 10 ** 5, "lakhs": 10 ** 5}
SHORT_SCALES = _set("m b k")  # "5 m" is five metres: these scale only money ("$5m") and percentages
# Numbers written as words before a scale word ("five million", "half a trillion"), as a value in
# tenths, so that "half a" and "one and a half" stay exact.
UNITS_WORDS = "one two three four five six seven eight nine".split()
TEENS_WORDS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS = {w: 10 * n for n, w in enumerate(UNITS_WORDS + TEENS_WORDS, 1)}
NUMBER_WORDS.update({w: 100 * n for n, w in enumerate(TENS_WORDS, 2)})
NUMBER_WORDS["hundred"] = 1000
NUMBER_WORDS.update({"a": 10, "an": 10, "half a": 5, "half an": 5, "a quarter of a": 2.5, "three quarters of a": 7.5,
                     "a quarter": 2.5, "a half": 5,
                     "one and a half": 15, "two and a half": 25})

# Currency signs and codes written before a number, the ISO 4217 code each stands for.
CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "U.S.$": "USD", "US $": "USD", "C$": "CAD", "CA$": "CAD",
                  "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL",
                  "NT$": "TWD", "Z$": "ZWD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW",
                  "₽": "RUB", "₺": "TRY", "₦": "NGN", "₱": "PHP", "₪": "ILS", "Rs": "INR", "Rs.": "INR",
                  "RMB": "CNY", "Rmb": "CNY", "C $": "CAD", "CA $": "CAD", "AU $": "AUD",
                  "NZ $": "NZD", "HK $": "HKD", "NT $": "TWD", "₡": "CRC", "₾": "GEL", "₭": "LAK",
                  "₫": "VND", "₴": "UAH", "₸": "KZT", "฿": "THB", "₵": "GHS", "₼": "AZN", "₮": "MNT",
                  "元": "CNY", "ரூ": "LKR"}
# The signs with letters are also written in lower case ("hk $", "c$"), except the one-letter ones a
# possessive could fake ("it's $5"); spaced, only where no word could fake them ("A $2bn deal" is
# US dollars). The one-character signs other than "$" also follow a number ("100₾", "5 €").
LOWER_SIGNS = {k.lower(): v for k, v in CURRENCY_SIGNS.items()
               if ("$" in k and len(k.replace(" ", "")) > 2) or k in ("C$", "C $")}
SIGNS = {**CURRENCY_SIGNS, **LOWER_SIGNS}
SIGNS_AFTER = {k: v for k, v in CURRENCY_SIGNS.items() if (len(k) == 1 and k != "$") or k in ("元", "ரூ")}
# ISO 4217 codes of the most traded currencies (and a few more that news writes): before or after a number.
CURRENCY_CODES = _set("""
USD EUR JPY GBP CNY AUD CAD CHF HKD SGD SEK KRW NOK NZD INR MXN TWD ZAR BRL DKK PLN THB ILS IDR CZK AED
TRY HUF CLP SAR PHP MYR COP RUB RON PEN BHD BGN ARS NGN EGP KES PKR QAR KWD VND UAH KZT BDT LKR IRR IQD
""")
# Currency names written after a number, singular and plural, and their codes. A bare "dollar" is the
# US dollar, a bare "crown" or "krone" the Swedish or Norwegian one: a country word before it decides
# otherwise ("Australian dollars", below).
CURRENCY_NAMES = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "rupee": "INR",
    "rupees": "INR", "rupiah": "IDR", "riyal": "SAR", "riyals": "SAR", "rial": "IRR", "rials": "IRR",
    "dirham": "AED", "dirhams": "AED", "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK",
    "crown": "SEK", "crowns": "SEK", "koruna": "CZK", "franc": "CHF", "francs": "CHF", "peseta": "ESP",
    "pesetas": "ESP", "guilder": "NLG", "guilders": "NLG", "marks": "DEM", "deutschmarks": "DEM",
    "deutschemarks": "DEM", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "won": "KRW",
    "baht": "THB", "ringgit": "MYR", "rand": "ZAR", "peso": "MXN", "pesos": "MXN", "lira": "TRY",
    "reais": "BRL", "shekel": "ILS", "shekels": "ILS", "dinar": "IQD", "dinars": "IQD", "naira": "NGN",
    "cedi": "GHS", "cedis": "GHS", "shilling": "KES", "shillings": "KES", "zloty": "PLN", "zlotys": "PLN",
    "forint": "HUF", "forints": "HUF", "hryvnia": "UAH", "hryvnias": "UAH", "tenge": "KZT", "taka": "BDT",
    "dong": "VND", "lei": "RON", "leu": "RON", "levs": "BGN", "leva": "BGN", "escudos": "PTE",
    "pounds sterling": "GBP", "pound sterling": "GBP", "markka": "FIM", "markkaa": "FIM", "drachmas": "GRD", "drachma": "GRD", "schillings": "ATS",
}
# A country's word before a currency name picks that country's currency: "Australian dollars".
CURRENCY_COUNTRIES = {
    "australian": {"dollar": "AUD"}, "canadian": {"dollar": "CAD"}, "hong kong": {"dollar": "HKD"},
    "new zealand": {"dollar": "NZD"}, "singapore": {"dollar": "SGD"}, "taiwan": {"dollar": "TWD"},
    "taiwanese": {"dollar": "TWD"}, "zimbabwe": {"dollar": "ZWD"}, "zimbabwean": {"dollar": "ZWD"},
    "us": {"dollar": "USD"}, "u.s.": {"dollar": "USD"}, "american": {"dollar": "USD"},
    "swiss": {"franc": "CHF"}, "french": {"franc": "FRF"}, "belgian": {"franc": "BEF"},
    "german": {"mark": "DEM"}, "deutsche": {"mark": "DEM"}, "mexican": {"peso": "MXN"},
    "philippine": {"peso": "PHP"}, "argentine": {"peso": "ARS"}, "argentinian": {"peso": "ARS"},
    "chilean": {"peso": "CLP"}, "colombian": {"peso": "COP"}, "indian": {"rupee": "INR"},
    "pakistani": {"rupee": "PKR"}, "sri lankan": {"rupee": "LKR"}, "indonesian": {"rupiah": "IDR"},
    "turkish": {"lira": "TRY"}, "italian": {"lira": "ITL"}, "south african": {"rand": "ZAR"},
    "swedish": {"crown": "SEK", "krona": "SEK", "kronor": "SEK"}, "norwegian": {"crown": "NOK", "krone": "NOK",
                                                                             "kroner": "NOK"},
    "danish": {"crown": "DKK", "krone": "DKK", "kroner": "DKK"}, "czech": {"crown": "CZK", "koruna": "CZK"},
    "egyptian": {"pound": "EGP"}, "irish": {"pound": "IEP"}, "lebanese": {"pound": "LBP"},
    "syrian": {"pound": "SYP"}, "cypriot": {"pound": "CYP"}, "british": {"pound": "GBP"},
    "saudi": {"riyal": "SAR"}, "qatari": {"riyal": "QAR"}, "iranian": {"rial": "IRR"},
    "chinese": {"yuan": "CNY"}, "japanese": {"yen": "JPY"}, "russian": {"rouble": "RUB", "ruble": "RUB"},
    "brazilian": {"real": "BRL"}, "iraqi": {"dinar": "IQD"}, "kuwaiti": {"dinar": "KWD"},
    "jordanian": {"dinar": "JOD"}, "kenyan": {"shilling": "KES"}, "ugandan": {"shilling": "UGX"},
    "tanzanian": {"shilling": "TZS"}, "nigerian": {"naira": "NGN"}, "polish": {"zloty": "PLN"},
    "hungarian": {"forint": "HUF"}, "ukrainian": {"hryvnia": "UAH"}, "thai": {"baht": "THB"},
    "malaysian": {"ringgit": "MYR"}, "israeli": {"shekel": "ILS"}, "korean": {"won": "KRW"},
    "south korean": {"won": "KRW"}, "emirati": {"dirham": "AED"}, "uae": {"dirham": "AED"},
    "finnish": {"markka": "FIM"}, "dutch": {"guilder": "NLG"}, "greek": {"drachma": "GRD"},
    "austrian": {"schilling": "ATS"}, "portuguese": {"escudo": "PTE"}, "spanish": {"peseta": "ESP"},
    "cuban": {"peso": "CUP"}, "uruguayan": {"peso": "UYU"}, "nepalese": {"rupee": "NPR"},
    "algerian": {"dinar": "DZD"}, "tunisian": {"dinar": "TND"}, "libyan": {"dinar": "LYD"},
    "bahraini": {"dinar": "BHD"}, "serbian": {"dinar": "RSD"}, "omani": {"rial": "OMR", "riyal": "OMR"},
    "yemeni": {"rial": "YER", "riyal": "YER"},
}
# Hundredths of a currency, written after a number: "3.75p", "274.5 pence", "70 euro cents".
MINOR_UNITS = {"p": "GBP", "pence": "GBP", "penny": "GBP", "cent": "USD", "cents": "USD", "kopecks": "RUB",
               "kopeks": "RUB", "paise": "INR", "centimes": "FRF", "pfennigs": "DEM", "pfennig": "DEM"}
CURRENCY_SYMBOL_OUT = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥"}


# Nouns a count measures that are spans of time or units, not things counted.
NOT_COUNTED = _set("""
years year months month weeks week days day hours hour minutes minute seconds second decades
decade centuries century times time percent per cent points point km kilometres kilometers miles
mile metres meters feet foot inches inch kg kilograms pounds litres liters degrees
am pm a.m. p.m. st nd rd th bn billion million trillion thousand m b k
bytes kilobytes megabytes gigabytes terabytes bits kilobits megabits gigabits kb mb gb tb kbps mbps gbps
""")  # (a size or a speed is a measure, not things counted: "512 megabytes")

COUNT_SINGULARS = _set("people staff police personnel children cattle livestock crew youth")

RISE_WORDS = _set("""rose rise rises risen rising jumped jump jumps grew grow grows increased increase
increases climbed climb climbs surged surge surges soared soar soars gained gain up boosted boost boosts lifts doubled tripled
raised raise raises lifted lift hiked hike accelerated expanded expand expands widened rebounded recovered edged inched
crept advanced rallied firmed strengthened leapt leaped leap leaps rocketed grown double doubles triple triples shot
balloon balloons ballooned treble trebles trebled quadruple quadruples quadrupled""")

FALL_WORDS = _set("""fell fall falls fallen falling dropped drop drops declined decline declines slumped
slump slumps slipped slip slips plunged plunge tumbled tumble lost down decreased decrease cut slashed halved
lowered lower reduced reduce trimmed eased slowed narrowed shrank shrunk contracted dipped sank retreated
slash trim shave sunk sink sinks dip dips slid slide slides weakened shed sheds
shedding sliding slumping tumbling dropping declining plummeted dived slow slows shrink shrinks halve halves
plummet plummets plummeting dive dives diving crash crashes crashed""")

FIGURE_LINKS = RISE_WORDS | FALL_WORDS | _set("""
reach reached reaching reaches tops topped topping peak peaks peaked
rose rise rises risen rising fell fall falls fallen falling jumped
jump jumps jumping grew grow grows grown growing increased increase increases decreased decrease
declined decline declines dropped drop drops climbed climb climbs slumped slipped surged soared
plunged tumbled gained gain lost lose losing slump slumps plunge soar soars surge surges
slip slips tumble saw see sees owns own holds hold closer higher lower bigger smaller
greater totalled totaled totals totalling stood stands stuck remained remains stayed stays hovered
held kept remain stay stand slash trim double triple treble quadruple halve peak peaked peaking value values
hit hits was were is are be been being valued worth estimated cost costing paid pay pays
paying raised raise spent spend earned earn made make posted reported recorded generated fetched
sold bought invested borrowed owed owe amounted amount amounts came come ended closed opened
traded represented accounted account exceeded topped passed doubled tripled halved cut slashed
boosted expected forecast projected predicted set put offered agreed approved allocated pledged
boost boosts lift lifts reduce reduces lower lowers push pushes keep keeps kept leave leaves left
fetch fetches settle settles settled
earmarked received will would could may might has have had did does do only just also already now
still nearly almost about around roughly some approximately over under more than less fewer least
most up down by to at of from for with a an the its their his her and in on as totaling
""")

LEAD_WORDS = _set("""
with while whereas and but as of so also the a an its their his her this that these those such now
still yet already previously although though because unless if once when
""")

PREPOSITIONS = _set("of in on to at for by from into over under across within among throughout")

NOT_VERBS = LEAD_WORDS | PREPOSITIONS

COPULAS = _set("is are was were be been being remain remains remained stay stays stayed stands stood")

# Words between a figure and its verb that are not the verb: "reaching around", "were valued at".
LINK_FILLERS = PREPOSITIONS | COPULAS | _set("""a an the its their his her and will would could may might
has have had did does do only just also already now still nearly almost about around roughly some
approximately more than less fewer least most up down valued worth estimated expected""")

FIGURE_WORDS = FIGURE_LINKS | LINK_FILLERS  # any word between a thing and its number

PRONOUNS = _set("it they he she we i you this that these those which who there")

# Nouns that name what a figure measures; opening a sentence, their capital is no name's ("Sales rose").
MEASURE_NOUNS = _set("""
sales profit profits revenue revenues turnover earnings income exports imports prices price costs cost
spending output inflation unemployment growth shares debt debts deficit surplus losses loss investment
borrowing savings wages pay salaries rents rent fares bills taxes tax rates rate margins margin volumes
orders demand supply production consumption assets liabilities reserves funds fees dividends bonuses
capacity workforce membership population attendance audience audiences readership circulation headcount
bail ransom reward bounty
""")

# Opposite sides of one balance: (side A words, side B words, what A minus B is called).
# Two figures whose heads name the two sides give their difference: sales minus costs, not sales
# minus research spending, nor revenue minus earnings (earnings are already what is left).
BALANCES = (
    (_set("exports export shipments"), _set("imports import"), "balance"),
    (_set("revenue revenues sales turnover"), _set("costs expenses"), "net"),
    (_set("income receipts"), _set("spending expenditure outlays"), "net"),
    (_set("assets"), _set("liabilities debts"), "net assets"),
    (_set("inflows"), _set("outflows"), "net flow"),
)


# ---- Speech ------------------------------------------------------------------------------------

# Verbs that attribute speech or a stance to their subject.
SPEECH_WORDS = _set("""
said says say told tells added adds shared emphasised emphasized stressed noted wrote tweeted posted
argued insisted warned declared announced explained acknowledged praised called labelled labeled
described urged asked replied recalled revealed suggested claimed complained admitted conceded
predicted highlighted reiterated vowed promised stated commented remarked answered continued
concluded confirmed denied hailed criticised criticized dismissed expressed welcomed accused
cautioned observed mused joked quipped boasted thinks believes believed writes calls describes labels
explains warns notes insists argues admits concedes predicts reckons suggests claims stresses
recalls replies continues concludes adds
""")
SPEECH_PHRASES = ("pointed out", "referred to", "went on")
SPEECH_VERBS = alternation(SPEECH_WORDS | frozenset(SPEECH_PHRASES))  # as a pattern


# Words between a name and its verb that keep the name the subject ("Lopez has labeled").
AUXILIARY_WORDS = ("has", "have", "had", "was", "is", "also", "then", "later", "again", "reportedly",
                   "repeatedly", "previously", "once", "just", "recently", "would", "will", "has since")
AUXILIARIES = f"(?:{alternation(AUXILIARY_WORDS)})"  # as a pattern


# ---- Sentences and topics ----------------------------------------------------------------------

ABBREVIATIONS = _set("""
mr mrs ms dr st jr sr inc corp co ltd gen sen rep gov lt col capt sgt rev prof no vs v mt ft
jan feb mar apr jun jul aug sep sept oct nov dec est approx dept univ assn bros
""")

EDGE_PUNCT = "\"'“”‘’()[]{}.,;:!?*…—–-"

TOPIC_STOP = STOPWORDS | _set("""
said says say told tell also would could year years time people new one two three four five six
first last made make makes making like get got getting many much well including since week weeks
month months day days according percent cent million billion per around among mr mrs ms just
way going want wants take taken took give given see seen come came back still part set put
number good great high low long big ways use used using work working expected
""")


# Words common to news on any subject: shared by two articles, they say little about a theme.
GENERAL_WORDS = _set("""
relations relationship cooperation concerns concern issues issue officials official nations nation
countries country government governments world future policy policies state states economic
political situation approach efforts effort interests interest challenges challenge order role
status support plans plan report reports meeting meetings talks decision decisions change changes
group groups company companies business public national international global local major key
important significant recent current former potential various several further strong high
including despite amid during ahead area areas region regional system process level levels terms
services service market markets security team members member leaders leader administration office
move moves deal deals point points case cases news media social continue continued continues
expressed sides side both world's best real local things something problems problem question
questions result results step steps value values part parts share shared growing growth across
""")

# ---- Sports pages ------------------------------------------------------------------------------

# Sport words that open a wire headline ("SOCCER - ...") or mark a sports story.
SPORTS = _set("""
soccer football cricket tennis golf basketball baseball rugby cycling athletics boxing
hockey skiing swimming motor racing formula nfl nba nhl mlb nascar f1 badminton volleyball
handball squash snooker darts sailing rowing judo wrestling triathlon
""")

# Words of sports reports: three of them in a story make it one.
SPORT_WORDS = _set("""
goal goals match matches season coach league cup tournament championship innings wicket wickets
striker midfielder defender goalkeeper squad medal seeded semi-final quarter-final fixture
scored unbeaten half-time quarterback touchdown playoffs play-off batting bowler fly-half
scrum-half prop flanker try tries scrum lineout penalties uncapped capped caps referee hat-trick
relegation derby semi-finals quarter-finals batsman bowled lbw birdie bogey knockout medals
sprint sprinter marathon olympic olympics grand-slam seed
""")

INDIVIDUAL_SPORTS = _set("tennis golf athletics boxing cycling skiing swimming formula motor")

CLUB_WORDS = _set("""FC SC AC AS SV FK SK CF CD RC VfB VfL United City Athletic Real Dynamo Sporting Olympique Inter
Rovers Wanderers Albion County""")


# ---- Look-ups built from the tables ------------------------------------------------------------

def _names(*tables: str) -> tuple[dict, dict]:
    """Gazetteer tables -> ({name: canonical}, {demonym: canonical})."""
    names, demonyms = {}, {}
    for table in tables:
        for aliases, adjectives in _entries(table):
            for alias in aliases:
                names.setdefault(alias, aliases[0])
            for adjective in adjectives:
                demonyms.setdefault(adjective, aliases[0])
    return names, demonyms

PLACE_NAMES, DEMONYMS = _names(COUNTRIES, PLACES, REGIONS)


def _local_currencies(shared: tuple) -> dict:
    """{currency name: {country: code}} for the names several countries use, from CURRENCY_COUNTRIES."""
    local = {}
    for adjective, names in CURRENCY_COUNTRIES.items():
        country = DEMONYMS.get(" ".join(w.capitalize() for w in adjective.split()))
        for name, code in names.items():
            if country and name in shared:
                local.setdefault(name, {})[country] = code
    return local


# A bare currency name that several countries use ("400m pesos") is the currency of the country the
# article is most about; elsewhere the name's default in CURRENCY_NAMES stands.
LOCAL_CURRENCIES = _local_currencies(("peso", "rupee", "dinar", "krone", "riyal", "rial"))
LOCAL_COUNTRIES = frozenset(country for codes in LOCAL_CURRENCIES.values() for country in codes)
FIRST_WORDS = GIVEN_NAMES | FAMILY_FIRST  # a two-word name that starts with one is a person's

ORG_NAMES, _ = _names(ORGS)

COUNTRY_NAMES = frozenset(_names(COUNTRIES)[0])

CITY_NAMES = frozenset(_names(PLACES)[0])  # cities, states and provinces: also the names of clubs

# Shouted text ("LONDON 1996-08-30") is looked up case-blind.
FOLDED_NAMES = {**{k.casefold(): (v, "organization") for k, v in ORG_NAMES.items() if len(k) > 3},
                **{k.casefold(): (v, "place") for k, v in PLACE_NAMES.items() if len(k) > 2}}

NOT_NAMES = (DEMONYM_EXTRA | frozenset(DEMONYMS) | frozenset(w.title() for w in WEEKDAYS)
             | frozenset(d + "s" for d in DEMONYMS.keys() | DEMONYM_EXTRA if not d.endswith(("s", "sh", "ch")))
             | frozenset(d + man for d in _set("English French Irish Welsh Dutch Scots Cornish Manx")
                         for man in ("man", "men", "woman", "women"))  # ("Irishmen Jo Lee and Al Ross")
             | _set("No-one Shadow"))  # a pronoun that squashes to a surname ("Noone"); a title qualifier


#### Data model ################################################################################
# Immutable records of plain values (named tuples: as readable as frozen dataclasses, and three times
# cheaper to create, which matters for the hundred thousand mentions of a day's news). Offsets are
# character offsets into the article's decoded text.

class Mention(NamedTuple):
    """One occurrence of a named entity; `entity` is the article's own name for it."""
    start: int
    end: int
    text: str
    type: str  # person | organization | place | name (a name the article alone cannot type)
    entity: str


class LocalEntity(NamedTuple):
    """An entity as one article knows it: its fullest name, the forms used, its roles."""
    name: str
    type: str
    aliases: tuple = ()
    roles: tuple = ()
    mentions: int = 0
    lead: bool = False  # named in the headline or the lead (the first two sentences)


class Figure(NamedTuple):
    """A number with its unit and what it measures; derived figures have no offsets."""
    text: str
    value: int | float  # exact: a whole number, or a float whose shortest form is the decimal (2.745)
    unit: str  # ISO 4217 code, "percent", "points" (percentage points) or "count"
    about: str
    start: int | None = None
    end: int | None = None
    approx: bool = False
    high: int | float | None = None  # upper end of a range ("$10-20 million")
    derived: bool = False
    sources: tuple = ()  # texts of the figures a derived figure comes from
    note: str = ""  # how a derived figure relates its sources ("exports ≈ 3.1× imports")


class Quote(NamedTuple):
    """Quoted words and who said them (the article's name for the speaker, or None)."""
    text: str
    speaker: str | None
    start: int
    end: int


class DateRef(NamedTuple):
    """A date in the text: ISO value when it can be resolved, else None."""
    text: str
    value: str | None
    start: int
    end: int
    relative: bool


class Article(NamedTuple):
    """Everything extracted from one article, independent of every other article."""
    source: str
    title: str
    headline: bool  # False when the title is a stand-in built from the first sentence
    byline: str | None
    date: str | None
    words: int
    entities: tuple = ()
    mentions: tuple = ()
    figures: tuple = ()
    quotes: tuple = ()
    dates: tuple = ()
    topics: tuple = ()  # (word, count) of every topic word, most frequent first
    summary: tuple = ()  # its key sentences, in order
    lead_end: int = 0  # offset where its lead (headline and first two sentences) ends
    sketch: tuple = ()  # smallest hashes of its shingles, to find its copies (see Merge: stories)
    keys: tuple = ()  # its distinctive names and figures, to find other reports of its event


class Entity(NamedTuple):
    """An entity of the whole digest, merged across articles."""
    name: str
    type: str
    aliases: tuple
    roles: tuple
    articles: "array"  # 1-based article ids, ascending (a compact array: a name can be in millions)
    mentions: int
    stories: int = 0  # how many stories name it
    lead: int = 0  # how many articles name it in their headline or lead


class Story(NamedTuple):
    """Articles that tell one story: numbered by rank, named by their best headline."""
    id: int
    title: str
    articles: tuple  # article ids, ascending
    entities: tuple  # the merged names it is most about
    figures: tuple  # (Figure, article id) of its leading figures
    summary: tuple  # key sentences of its best article
    date: str | None  # its earliest article's date


class Digest(NamedTuple):
    """The merged briefing: articles in input order, their stories, entities, and what they share."""
    articles: "Spool"  # iterable in input order, with len(); see Spool
    entities: tuple
    names: dict  # (type, article's name) -> (type, entity name) or None
    shared: dict
    words: int
    stories: tuple = ()  # Story records, ranked
    story_of: "array" = ()  # the story id of each article, in input order


class DigestError(Exception):
    """An expected failure (bad input, nothing to digest): reported in one line, no traceback."""


#### Read ######################################################################################
# The only code that touches files or standard input: paths -> decoded text. Every read is bounded:
# an input larger than the limit is skipped with a warning, never read past it, whatever it is (a
# file, a pipe, a device such as /dev/zero). Names are shown as UTF-8 whatever the locale, with
# undecodable bytes and control characters escaped, so that one input is one line of a message.

MAX_BYTES = 8 * 1024 * 1024  # default limit of one article (--max-bytes)
DIGEST_LIMIT = 256  # a digest given to merge may be this many times the article limit
CHUNK = 1 << 16  # bytes read at a time


def shown(path: str) -> str:
    """A path as printed, the same whatever the locale: its bytes as UTF-8, invalid bytes as \\xNN,
    control characters escaped ('a\\nb.txt' -> 'a\\\\nb.txt')."""
    if path == "-":
        return "<stdin>"
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return CONTROL.sub(lambda m: repr(m.group())[1:-1], text) if CONTROL.search(text) else text


CONTROL = Lazy(r"[\x00-\x1f\x7f-\x9f]")


def read_bytes(stream, limit: int, name: str, then: str = ", skipped") -> bytes:
    """At most `limit` bytes of a stream; DigestError when it holds more, read no further than that."""
    parts, size = [], 0
    while size <= limit:
        chunk = stream.read(min(CHUNK, limit + 1 - size))
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        size += len(chunk)
    raise DigestError(f"{name}: larger than {limit:,} bytes{then} (see --max-bytes)")


def decode(data: bytes, name: str) -> tuple[str, str | None]:
    """Bytes as text: UTF-8 (BOM dropped); a line that is not UTF-8 is read as Windows-1252, with a
    warning (a file may mix them); binary is an error."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:4096]:
        raise DigestError(f"{name}: binary file, skipped")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    lines, fallback = data.split(b"\n"), 0
    for k, line in enumerate(lines):
        try:
            lines[k] = line.decode("utf-8")
        except UnicodeDecodeError:
            lines[k] = windows_1252(line)
            fallback += 1
    note = "not UTF-8, read as Windows-1252" if fallback == len(lines) else \
        f"{fallback:,} of {len(lines):,} lines not UTF-8, read as Windows-1252"
    return "\n".join(lines), f"{name}: {note}"


def windows_1252(data: bytes) -> str:
    """Windows-1252 text; the five bytes it leaves undefined are read as Latin-1."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def read_path(path: str, limit: int, then: str = ", skipped") -> bytes:
    """At most `limit` bytes of a file, or of standard input for '-'; DigestError naming the path
    (its message ending in `then`) when it cannot be read or is larger."""
    name = shown(path)
    try:
        if path == "-":
            return read_bytes(sys.stdin.buffer, limit, name, then)
        with open(path, "rb", buffering=0) as f:
            return read_bytes(f, limit, name, then)
    except OSError as e:
        raise DigestError(f"{name}: {e.strerror or e}{then}") from None


def read_source(path: str, limit: int) -> tuple[str, str | None]:
    """The decoded text of one source, a file or standard input for '-', and a warning."""
    return decode(read_path(path, limit), shown(path))


def file_id(path: str) -> tuple[int, int] | None:
    """(device, inode) of what a path names, following links; None when it names nothing."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def walk_folder(folder: str, skip: set, warnings: list) -> list[str]:
    """Every regular *.txt file under a folder, in the byte order of their names; hidden names
    skipped, each folder visited once (links followed, loops cut), the files in `skip` (device,
    inode) left out. Folders that cannot be read are named in `warnings`. Iterative: depth is no limit."""
    found, seen = [], set()
    stack = [(folder, ())]
    while stack:
        root, parts = stack.pop()
        try:
            st = os.stat(root)
            if (st.st_dev, st.st_ino) in seen:  # a symlink loop, or a folder reached twice
                continue
            seen.add((st.st_dev, st.st_ino))
            with os.scandir(root) as entries:
                entries = sorted(entries, key=lambda e: os.fsencode(e.name))
        except OSError as e:
            warnings.append(f"{shown(root)}: {e.strerror or e}, skipped")
            continue
        folders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            key = parts + (os.fsencode(entry.name),)
            try:
                if entry.is_dir():
                    folders.append((entry.path, key))
                elif entry.name.lower().endswith(".txt"):
                    st = entry.stat()
                    if not stat.S_ISREG(st.st_mode):  # a FIFO would hang the walk, a device never end
                        warnings.append(f"{shown(entry.path)}: not a regular file, skipped")
                    elif (st.st_dev, st.st_ino) not in skip:
                        found.append((key, entry.path))
            except OSError as e:
                warnings.append(f"{shown(entry.path)}: {e.strerror or e}, skipped")
        stack += reversed(folders)
    return [path for _, path in sorted(found)]


def find_sources(paths: list[str], skip: set = frozenset()) -> tuple[list[str], list[str]]:
    """Files to read in order (folders expanded), and a warning for each path that is not there or
    cannot be read. A path named on the command line is read whatever it is (a pipe such as
    <(curl ...), a device), within the size limit."""
    files, warnings = [], []
    for path in paths:
        if path == "-":
            files.append(path)
            continue
        try:
            is_folder = os.path.isdir(path)
            exists = is_folder or os.path.exists(path) or os.path.lexists(path)
        except (OSError, ValueError) as e:
            warnings.append(f"{shown(path)}: {getattr(e, 'strerror', None) or e}, skipped")
            continue
        if is_folder:
            inside = walk_folder(path, skip, warnings)
            files += inside
            if not inside:
                warnings.append(f"{shown(path)}: no .txt files in this folder")
        elif exists:
            files.append(path)
        else:
            warnings.append(f"{shown(path)}: no such file or folder")
    return files, warnings


def read_digests(path: str, limit: int):
    """The articles of the digests (written by --format json) in a file, or on standard input for
    '-', each article as it was extracted: the digests of shards merge into that of their union.
    A file may hold several digests one after another, as a streaming job's reducer receives them.
    Every record is checked: a digest that is damaged or forged is an error naming the field."""
    name = shown(path)
    data = read_path(path, limit, "")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise DigestError(f"{name}: not a digest written by --format json (not UTF-8)") from None
    found = 0
    for digest in json_values(text, name):
        found += 1
        yield from articles_of_digest(digest, name if found == 1 else f"{name} (digest {found})")
    if not found:
        raise DigestError(f"{name}: not a digest written by --format json")


def json_values(text: str, name: str):
    """The JSON values written one after another in `text` (NaN and Infinity are not JSON)."""
    def refuse(constant: str):
        raise ValueError(f"{constant} is not a JSON number")

    decoder, pos = json.JSONDecoder(parse_constant=refuse), 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos == len(text):
            return
        try:
            value, pos = decoder.raw_decode(text, pos)
        except ValueError as e:  # JSONDecodeError, a refused constant, or an integer too long to read
            reason = e.msg if isinstance(e, json.JSONDecodeError) else str(e)
            raise DigestError(f"{name}: not a digest written by --format json ({reason})") from None
        except RecursionError:
            raise DigestError(f"{name}: not a digest written by --format json (nested too deeply)") from None
        yield value


class Bad(Exception):
    """A field of a digest that is not what --format json writes (the message names it)."""


NULL, NUMBER_TYPES = type(None), (int, float)
# The fields of each record of a digest and the JSON types they may hold (bool is not an int here).
# Fields the merge computes again (an article's story, a mention's merged entity, a quote's speaker)
# are checked too: a digest that lacks them was not written by --format json.
ARTICLE_FIELDS = (("id", (int,)), ("source", (str,)), ("title", (str,)), ("headline", (bool,)),
                  ("byline", (str, NULL)), ("date", (str, NULL)), ("words", (int,)), ("entities", (list,)),
                  ("mentions", (list,)), ("unresolved", (list,)), ("topics", (list,)), ("summary", (list,)),
                  ("lead_end", (int,)), ("sketch", (list,)), ("keys", (list,)), ("story", (int,)))
ENTITY_FIELDS = (("name", (str,)), ("type", (str,)), ("aliases", (list,)), ("roles", (list,)), ("mentions", (int,)),
                 ("lead", (bool,)), ("entity", (str, NULL)))
MENTION_FIELDS = (("start", (int,)), ("end", (int,)), ("text", (str,)), ("local", (int,)))
RESOLVED_FIELDS = MENTION_FIELDS + (("type", (str,)), ("entity", (str,)))
FIGURE_FIELDS = (("text", (str,)), ("value", NUMBER_TYPES), ("unit", (str,)), ("about", (str,)))
PLACED_FIGURE_FIELDS = (("start", (int,)), ("end", (int,)), ("approx", (bool,)))
DERIVED_FIGURE_FIELDS = (("derived", (bool,)), ("from", (list,)), ("note", (str,)))
QUOTE_FIELDS = (("text", (str,)), ("speaker_local", (int, NULL)), ("start", (int,)), ("end", (int,)),
                ("speaker", (str, NULL)))
DATE_FIELDS = (("text", (str,)), ("value", (str, NULL)), ("relative", (bool,)), ("start", (int,)), ("end", (int,)))
ENTITY_TYPES = ("person", "organization", "place", "name")
MAX_INT = 2 ** 53  # integers a JSON reader in any language reads exactly
DAY_VALUE = Lazy(r"\d{4}-\d\d-\d\d")
DATE_VALUE = Lazy(r"\d{4}(?:-\d\d){0,2}(?:/\d{4}(?:-\d\d){0,2})?")  # a day, month, year or interval


def check(record, fields: tuple, where: str, *index) -> None:
    """Raise Bad naming the first field of `record` that `fields` does not allow. `where` names the
    record ("articles[2]"), or with `index` ("mentions", 3) its parent: joined only when it is wrong."""
    if type(record) is dict:
        for key, kinds in fields:
            if type(record.get(key, check)) not in kinds:
                break
        else:
            return
        what = f'no "{key}"' if key not in record else "not " + " or ".join(
            "null" if k is NULL else "a number" if k is float else k.__name__ for k in kinds)
    else:
        key, what = None, "not an object"
    place = ".".join(filter(None, (where, index and f"{index[0]}[{index[1]}]", key)))
    raise Bad(f"{place}: {what}")


def need(ok: bool, where: str, what: str) -> None:
    if not ok:
        raise Bad(f"{where}: {what}")


def articles_of_digest(data, where: str) -> list[Article]:
    """The articles of one parsed digest, each rebuilt with its figures, quotes and dates."""
    try:
        check(data, (("articles", (list,)), ("figures", (list,)), ("quotes", (list,)), ("dates", (list,))), "")
        parts = {}  # article id -> {"figures": [...], "quotes": [...], "dates": [...]}
        for i, a in enumerate(data["articles"]):
            check(a, ARTICLE_FIELDS, "", "articles", i)
            need(a["id"] not in parts, f"articles[{i}].id", "used twice")
            parts[a["id"]] = {}
        for kind in ("figures", "quotes", "dates"):
            for i, record in enumerate(data[kind]):
                check(record, (("article", (int,)),), "", kind, i)
                need(record["article"] in parts, f"{kind}[{i}].article", "no such article")
                parts[record["article"]].setdefault(kind, []).append((i, record))
        return [article_from_dict(a, parts[a["id"]], f"articles[{i}]") for i, a in enumerate(data["articles"])]
    except Bad as e:
        raise DigestError(f"{where}: {e} (not a digest written by --format json)") from None


def article_from_dict(a: dict, parts: dict, where: str) -> Article:
    """An article back from its JSON record and its figures, quotes and dates (`where` names it)."""
    entities = []
    for k, e in enumerate(a["entities"]):
        check(e, ENTITY_FIELDS, where, "entities", k)
        need(e["type"] in ENTITY_TYPES and all_text(e["aliases"]) and all_text(e["roles"])
             and 0 <= e["mentions"] < MAX_INT, f"{where}.entities[{k}]", "not an entity")
        entities.append(LocalEntity(e["name"], e["type"], tuple(e["aliases"]), tuple(e["roles"]), e["mentions"],
                                    e["lead"]))
    known = len(entities)
    mentions = []
    for kind in ("mentions", "unresolved"):
        for k, m in enumerate(a[kind]):
            check(m, RESOLVED_FIELDS if kind == "mentions" else MENTION_FIELDS, where, kind, k)
            need(spans_text(m) and 0 <= m["local"] < known, f"{where}.{kind}[{k}]", "offsets or local out of range")
            own = entities[m["local"]]
            mentions.append(Mention(m["start"], m["end"], m["text"], own.type, own.name))
    need(a["date"] is None or DAY_VALUE.fullmatch(a["date"]), f"{where}.date", "not a date (YYYY-MM-DD)")
    need(all(type(t) is list and len(t) == 2 and type(t[0]) is str and type(t[1]) is int for t in a["topics"])
         and all_text(a["summary"]) and 0 <= a["words"] < MAX_INT, where, "topics, summary or words not as written")
    need(all(type(h) is int and 0 <= h < 2 ** 32 for h in a["sketch"]) and all_text(a["keys"])
         and 0 <= a["lead_end"] < MAX_INT, where, "sketch, keys or lead_end not as written")
    figures = tuple(figure_from_dict(f, i) for i, f in parts.get("figures", ()))
    quotes = []
    for i, q in parts.get("quotes", ()):
        check(q, QUOTE_FIELDS, "", "quotes", i)
        spoken = q["speaker_local"]
        need(spans_text(q) and (spoken is None or 0 <= spoken < known) and (q["speaker"] is None) == (spoken is None),
             f"quotes[{i}]", "offsets or speaker out of range")
        quotes.append(Quote(q["text"], None if spoken is None else entities[spoken].name, q["start"], q["end"]))
    dates = []
    for i, r in parts.get("dates", ()):
        check(r, DATE_FIELDS, "", "dates", i)
        need(spans_text(r) and (r["value"] is None or DATE_VALUE.fullmatch(r["value"])), f"dates[{i}]",
             "offsets or value not as written")
        dates.append(DateRef(r["text"], r["value"], r["start"], r["end"], r["relative"]))
    return Article(a["source"], a["title"], a["headline"], a["byline"], a["date"], a["words"], tuple(entities),
                   tuple(sorted(mentions, key=lambda m: m.start)), figures, tuple(quotes), tuple(dates),
                   tuple((w, n) for w, n in a["topics"]), tuple(a["summary"]), a["lead_end"], tuple(a["sketch"]),
                   tuple(a["keys"]))


def all_text(values: list) -> bool:
    return all(type(v) is str for v in values)


def spans_text(record: dict) -> bool:
    """Whether a record's offsets are in order and as far apart as its text is long."""
    return 0 <= record["start"] <= record["end"] < MAX_INT and record["end"] - record["start"] == len(record["text"])


def finite(value) -> bool:
    return abs(value) < 1e300 and value == value  # NaN is the one value unequal to itself


def figure_from_dict(f: dict, i: int) -> Figure:
    """A figure back from its JSON record (the i-th of its digest)."""
    check(f, FIGURE_FIELDS, "", "figures", i)
    derived = f.get("derived", False) is True
    check(f, DERIVED_FIGURE_FIELDS if derived else PLACED_FIGURE_FIELDS, "", "figures", i)
    high = f.get("high")
    need(finite(f["value"]) and (high is None or (type(high) in NUMBER_TYPES and finite(high)))
         and (all_text(f["from"]) if derived else spans_text(f)),
         f"figures[{i}]", "value or offsets out of range")
    return Figure(f["text"], f["value"], f["unit"], f["about"], f.get("start"), f.get("end"),
                  f.get("approx", False), high, derived,
                  tuple(f["from"]) if derived else (), f["note"] if derived else "")


#### Clean #####################################################################################
# Pure: find what a scraped page wraps around the article. Nothing is deleted from the text;
# the layout names the spans to read, so every offset stays an offset into the text as read.

class Layout(NamedTuple):
    title: str | None
    byline: str | None
    date: str | None
    content: tuple  # (start, end) of lines to search for names: headline, dateline, body
    body: tuple  # (start, end) of the body's lines


def same_length_lines(text: str) -> str:
    """CRLF and lone CR as LF without moving any offset: CRLF becomes ' \\n'."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line that has something besides whitespace, in order."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return spans


SENTENCE_PUNCT = Lazy(r"[.!?:;…][\"'”’)]*$")
DIGIT = Lazy(r"\d")


def is_crumb(line: str) -> bool:
    """Navigation left by a scraper: a few words, no digits, no sentence ("News", "Dismiss")."""
    words = line.split()
    return len(words) <= 3 and not DIGIT.search(line) and not SENTENCE_PUNCT.search(line)


def is_headline(line: str) -> bool:
    """A first line short enough to be a headline and not simply the first sentence."""
    words = line.split()
    if len(words) > 20:
        return False
    shouted = sum(w.isupper() for w in words) * 2 > len(words)
    return shouted or len(words) <= 12 or not SENTENCE_PUNCT.search(line)


# Dates as written in bylines, datelines and text: "January 21, 2025", "21 Jan 2025", "1996-08-30".
MONTH_NAME = (f"(?:{alternation(f.split()[0] for f in MONTH_FORMS)}"
              f"|(?:{alternation(a for f in MONTH_FORMS for a in f.split()[1:])})\\.?)")  # "Jan.", not "January."
FULL_DATE = Lazy(rf"""
    (?P<iso>(?P<y1>(?:19|20)\d\d)-(?P<m1>[01]\d)-(?P<d1>[0-3]\d))       # 1996-08-30
  | (?P<mon2>{MONTH_NAME}){SP}(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?{SP}(?P<y2>(?:19|20)\d\d)  # January 21, 2025
  | (?P<d3>[0-3]?\d)(?:st|nd|rd|th)?{SP}(?P<mon3>{MONTH_NAME}),?{SP}(?P<y3>(?:19|20)\d\d)  # 21 January 2025
""", re.X)
BYLINE = Lazy(rf"^(?:By|BY|Written by|Reporting by|Words by){SP}+(?P<who>.+)$")
DATELINE = Lazy(rf"^[A-Z][A-Z .'-]{{1,40}}(?:,{SP}*[A-Z][A-Za-z ]{{1,30}})?{SP}+" + FULL_DATE.pattern,
                      re.X)
def is_byline(who: str) -> bool:
    """Whether what follows 'By' names a writer, not a sentence's time: 'By Ann Lee, Lagos, 3 May 2024',
    not 'By 2019 poverty could fall to 15%', 'By March sales had doubled' or 'By then it was late'."""
    first = who.split()[0].strip(",.")
    return not first[:1].isdigit() and first.lower() not in MONTHS \
        and not (first.islower() and who.rstrip().endswith((".", "!", "?")))  # ("By bno - Taipei Bureau")


CAPTION_MARK = Lazy(rf"{SP}[/|]{SP}")  # "Lee meets the press. / Photo agency"


def iso_date(m: re.Match) -> str | None:
    """A FULL_DATE match as YYYY-MM-DD, or None when it names no real day."""
    if m["iso"]:
        y, mo, d = int(m["y1"]), int(m["m1"]), int(m["d1"])
    else:
        y = int(m["y2"] or m["y3"])
        mo = MONTHS[(m["mon2"] or m["mon3"]).rstrip(".").lower()]
        d = int(m["d2"] or m["d3"])
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


def layout_article(text: str) -> Layout:
    """Headline, byline, date and the lines worth reading; crumbs, repeats and captions left out."""
    lines = line_spans(text)
    words = [text[s:e] for s, e in lines]
    last = len(lines)
    while last and is_crumb(words[last - 1]):  # trailing navigation: "News", "Dismiss", "\xa0"
        last -= 1
    if last == 0:
        return Layout(None, None, None, (), ())
    keep = [True] * last
    title = None
    first = 0
    if last > 1 and is_headline(words[0]):
        title, first = words[0], 1
    byline = day = None
    header_end = first
    for i in range(first, min(last, first + 6)):
        line = words[i]
        if title and " ".join(line.split()).casefold() == " ".join(title.split()).casefold():
            keep[i] = False  # the headline printed twice
            header_end = i + 1
            continue
        by = BYLINE.match(line)
        by = by if by and is_byline(by["who"]) else None
        only_date = FULL_DATE.fullmatch(line.strip(" \xa0|-—·"))
        if (by and len(line.split()) <= 15) or only_date:
            when = FULL_DATE.search(line)
            day = day or (when and iso_date(when))
            if by:
                who = FULL_DATE.sub("", by["who"]).strip(" \xa0,|-—·")
                byline = who or None
            for j in range(header_end, i):  # lines between headline and byline: captions, credits
                keep[j] = False
            keep[i] = False
            header_end = i + 1
            break
        dl = DATELINE.match(line)
        if dl and len(line.split()) <= 8:
            day = day or iso_date(dl)
            header_end = i + 1
        elif title and CAPTION_MARK.search(line) and not SENTENCE_PUNCT.search(line):
            keep[i] = False  # a photo credit under a headline ("Ann Lee in Lagos. / Agency"), never the article
        else:
            break
    content = tuple(lines[i] for i in range(last) if keep[i])
    body = tuple(lines[i] for i in range(header_end, last) if keep[i])
    if not day:
        for s, e in content[:3]:
            dl = DATELINE.match(text, s, e)
            if dl:
                day = iso_date(dl)
                break
    return Layout(title, byline, day, content, body)


#### Extract: name spans #######################################################################
# Pure: text -> candidate names. Capitalised runs of words are cut into names; titles come off as
# roles ("Senator Ann Lee"), nationalities and sentence openers come off, and strong evidence
# (gazetteers, titles, given names, cue words) types some names already. English-only: it relies
# on capitalisation.

class Memo(dict):
    """A bounded cache of a pure function of one key: memo[key] == fn(key), computed once. Cleared
    when full, so memory stays bounded however much text passes through."""

    def __init__(self, fn, size: int = 50_000):
        super().__init__()
        self.fn, self.size = fn, size

    def __missing__(self, key):
        if len(self) >= self.size:
            self.clear()
        value = self[key] = self.fn(key)
        return value


WEB_DOMAINS = ("com", "net", "org", "co.uk", "com.au")  # a name ending in one is a web firm's: "Zorbly.com"
WEB_SUFFIXES = tuple("." + d for d in WEB_DOMAINS)  # (the span may stop before it: "Kelvora | .co.uk")
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"  # capitals of Latin scripts
NAME_TOKEN = rf"""(?:
    (?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Gov|Lt|Col|Capt|Sgt|Rev|Prof|St|Mt|Ft|Jr|Sr)\.(?!\w)  # Sen., Dr.
  | (?:Inc|Corp|Co|Ltd|Bros)(?:\.(?={SP}*[,;:)a-z]))?(?!\w)  # Inc. keeps its dot unless it ends the sentence
  | [{UPPER}]{{1,3}}&[{UPPER}]{{1,3}}(?![\w&])              # AT&T, P&O, M&S
  | (?:[{UPPER}]\.){{2,}}(?:-[{UPPER}][^\W_]*)?        # initials and dotted acronyms: J.D., U.S.-China
  | [{UPPER}]\.(?={SP}?[{UPPER}])                   # one initial before a name: George W. Bush
  | (?:(?:al|el|ad|as|ash|at|az|abu|abd|bin|ibn)-)?     # Arabic article: al-Assad
    [{UPPER}](?>(?:[^\W_]|['’](?=[{UPPER}]))*)(?>(?:-[^\W_]+)*)  # PayPal, O'Neill, Vice-President, PRESIDENT-elect
    (?:\.(?:{alternation(WEB_DOMAINS)})(?![\w.]))?      # Zorbly.com
)"""
# Atomic groups (?>...) keep these patterns linear. Not possessive repeats (*+): Python 3.11.2
# gets those wrong over groups with a lookahead ("Warner's" -> "Warner'").
MAX_RUN_TOKENS = 40  # a longer run of capitalised words (a shouted page) is cut: bounded work per run
NAME_SPAN = Lazy(rf"""
    (?<![\w’'.-]) {NAME_TOKEN}                       # a capitalised word, then more of them,
    (?>(?: {SP}+ (?:(?:of|and)(?:{SP}+the)?{SP}+|&{SP}+|(?:{alternation(PARTICLES + ("for",))}){SP}+)?
        {NAME_TOKEN} ){{0,{MAX_RUN_TOKENS}}})             # joined by spaces and connectors: Bank of Japan
""", re.X)
TOKEN = Lazy(r"[^ \xa0]+")
INITIALS = Lazy(rf"(?:[{UPPER}]\.)+$|[{UPPER}]{{1,2}}$")
# Initials before a surname: "J.D.", "J", but not two bare capitals, which more often begin a firm's
# name ("GM Daewoo", "BT Group") than a person's.
GIVEN_INITIALS = Lazy(rf"(?:[{UPPER}]\.)+$|[{UPPER}]$")
# A name turned adjective by a suffix: "Toronto-based", "Army-led", "state-owned".
NAME_ADJECTIVE = Lazy(
    r"-(based|led|owned|backed|controlled|run|born|listed|registered|made|linked|funded"
    r"|sponsored|style|held|headquartered)$")
MAX_NAME_WORDS = 10  # the longest names ("Joint Council for the Regulation of Inland Water Transport")
MAX_TITLED_WORDS = 4  # a title makes a person of the name after it when that name is this short
SHORT_NAME = 3  # words in the longest plain name taken for a person's without a title


class Token(NamedTuple):
    """A word of a capitalised run, with its offsets."""
    start: int
    end: int
    word: str


class Span:
    """A candidate name while the article is read: mutable, never leaves the Extract stage."""
    __slots__ = ("start", "end", "words", "name", "role", "initial", "type", "strong", "entity", "caps")

    def __init__(self, start, end, words, role=None, initial=False, type=None, caps=False):
        self.start, self.end, self.words, self.name, self.role = start, end, words, " ".join(words), role
        self.initial, self.type, self.strong, self.entity, self.caps = initial, type, type is not None, None, caps


def role_text(words: list[str]) -> str:
    """Title words as a role: 'PRESIDENT-elect' -> 'President-elect', 'Vice-President' -> 'Vice President';
    forms of address are no role ('Mr' -> '', 'Deputy Prime Minister Mr' -> 'Deputy Prime Minister')."""
    words = list(words)
    while words and words[-1].rstrip(".").lower() in HONORIFIC_TITLES and len(words) > 1:
        words.pop()
    if words and words[-1].rstrip(".").lower() in HONORIFICS:
        return ""
    out = []
    for w in words:
        w = w.rstrip(".")
        parts = w.replace("–", "-").split("-")
        if parts[-1].lower() == "elect":
            out.append(" ".join(p.capitalize() for p in parts[:-1]) + "-elect")
        else:  # "MP" stays "MP"; "PRESIDENT" becomes "President"
            out.append(" ".join(p.lower() if p.lower() in ("of", "the") else p if (p.isupper() and len(p) < 4)
                                else p.capitalize() for p in parts))
    return " ".join(out)


def title_word(word: str) -> bool:
    """A word of a person's title: 'Senator', 'Vice-President', 'PRESIDENT-elect', 'Sen.' ('Sen' alone
    is a name: Hun Sen)."""
    parts = [p for p in word.rstrip(".").lower().replace("–", "-").split("-") if p != "elect"]
    return word.lower() not in DOTTED_TITLES and bool(parts) and all(
        p in TITLE_HEADS or p in TITLE_MODIFIERS for p in parts)


TITLE_WORDS = Memo(title_word)
is_title_word = TITLE_WORDS.__getitem__


def title_length(words: list[str], start: int = 0) -> int:
    """How many words from `start` form a title ('Vice President-elect'); 0 when they do not."""
    n, head = start, False
    while n < len(words):
        w = words[n]
        if is_title_word(w):
            head = head or any(p in TITLE_HEADS for p in w.rstrip(".").lower().replace("–", "-").split("-"))
            n += 1
        elif w == "of" and head and n + 1 < len(words) and is_title_word(words[n + 1]):
            n += 1  # Secretary of State
        elif w.lower() in TITLE_COMPLEMENTS and n > start and n + 1 < len(words) and is_title_word(words[n + 1]):
            n += 1  # Chief Treasury Secretary
        elif w == "of" and head and title_complement(words, n + 1):
            n += title_complement(words, n + 1) + 1  # Chancellor of the Exchequer
            break
        else:
            break
    return n - start if head else 0


def title_complement(words: list[str], at: int) -> int:
    """How many words from `at` say what a title is of: 'the Exchequer', 'State', 'Defence' (0 if none)."""
    skip = 1 if words[at:at + 1] == ["the"] else 0
    word = words[at + skip] if at + skip < len(words) else ""
    return skip + 1 if word.lower() in TITLE_COMPLEMENTS else 0


def thing_word(word: str) -> bool:
    """A word that names a thing rather than a person ('Strategy', 'National', 'Security')."""
    if word in PLACE_NAMES or word in FIRST_WORDS:
        return False
    low = word.lower()
    return low in THING_WORDS or low in STOPWORDS or (len(low) > 5 and low.endswith(THING_ENDINGS))


def squash(name: str) -> str:
    """A name without spaces, hyphens or case: 'Zeta Corp' and 'ZetaCorp' are one."""
    return name.replace(" ", "").replace("-", "").casefold()

def at_sentence_start(text: str, pos: int) -> bool:
    """Whether `pos` starts a sentence, line or quotation, so its capital says nothing."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\xa0\"“‘'([":
        i -= 1
    return i < 0 or text[i] in "\n.!?:;—–-•*|"


GROUP_NUMBERS = _set("two three four five six seven eight nine ten eleven twelve")
NUMBER_FIRST = GROUP_NUMBERS | _set("hundred thousand million billion trillion")  # no person's name opens with one
COMPASS_INITIALS = {"N.": "North", "S.": "South", "E.": "East", "W.": "West"}  # "S. Korea": no person's initial


def classify(words: list[str]) -> str | None:
    """The type strong evidence gives a span's words alone, or None."""
    name = " ".join(words)
    if name in PLACE_NAMES:
        return "place"
    if name in ORG_NAMES:
        return "organization"
    first, last, n = words[0], words[-1], len(words)
    if n > 1 and last.lower() in GROUP_NUMBERS:
        return "organization"  # "the Oruvo Three", "Big Four": a group, not a person
    if n > 1 and first in COMPASS_INITIALS and (" ".join(words[1:]) in PLACE_NAMES or words[1] in NOT_NAMES):
        return "place" if words[1] not in NOT_NAMES else None  # "S. Korea"; "S. Korean" is no name
    if (n > 1 and (last in ORG_SUFFIXES or first == "Daily" or (n > 2 and first in ORG_HEADS and words[1] == "of"))) \
            or ("-" in last and last.rsplit("-", 1)[-1] in ORG_SUFFIXES):
        return "organization"  # "Zorba Holdings", "the Herald-Post", "the Daily Clarion", "Bank of Japan"
    if n > 1 and (last in PLACE_SUFFIXES or first in PLACE_PREFIXES) and not (n > 2 and title_word(first)):
        return "place"  # (not "Mayor Tom Park": a title makes a person of the name after it)
    if n > 1 and (first in FIRST_WORDS or GIVEN_INITIALS.match(first)) and all(
            w in PARTICLES or (not thing_word(w) and not (w.isupper() and len(w) > 1)) for w in words[1:]):
        return "person"
    return None


def breaks_names(word: str, previous: str | None) -> bool:
    """A word that is never part of a name (`previous` is the word before it in the run, if any):
    'The', 'However', a weekday, a month opening a run ('May 5'; but 'Theresa May' keeps her May)."""
    bare, opening = word.rstrip(".").lower(), previous is None
    capitalised = word[1:] == word[1:].lower() or word == "I"  # "The", "However"; not "US" or "IT"
    surname = bare in SURNAME_STOPWORDS and previous in GIVEN_NAMES
    return ((capitalised and word.lower() in STOPWORDS and word[0].isupper() and bare not in NAME_STARTERS
             and not surname)
            or bare in WEEKDAYS
            or (bare in MONTHS and opening and word[0].isupper()))


def split_span(run: str, initial: bool) -> list[Span]:
    """A capitalised run -> the names in it (offsets within the run), titles and nationalities off."""
    toks = [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(run)]
    groups, cur = [], []
    for tok in toks:
        if breaks_names(tok.word, cur[-1].word if cur else None):
            if cur:
                groups.append(cur)
            cur = []
            continue
        cur.append(tok)
    if cur:
        groups.append(cur)
    spans = []
    for group in groups:
        spans += split_group(group, initial and group[0].start == toks[0].start)
    return spans


class Group(NamedTuple):
    """A run of name words being split: its tokens and words, the span of the whole run, and
    whether it opens a sentence."""
    toks: list
    words: list
    whole: Span
    initial: bool

    def typed(self, type_: str) -> Span:
        """The whole run as one name of the given type."""
        return Span(self.toks[0].start, self.toks[-1].end, self.words, None, self.initial, type_)


def split_group(toks: list[Token], initial: bool) -> list[Span]:
    """One run of name words -> spans, by the first of SPLIT_RULES that applies; else one name."""
    while toks and toks[0].word in CONNECTORS:
        toks = toks[1:]
    while toks and toks[-1].word in CONNECTORS:
        toks = toks[:-1]
    if not toks or len(toks) > MAX_NAME_WORDS:
        return []  # a capitalised run this long is a heading or a list, not a name
    words = [t.word for t in toks]
    whole = Span(toks[0].start, toks[-1].end, words, None, initial, classify(words))
    whole.strong = whole.type not in (None, "person")  # a given name is a sign, not proof: "Laura Ashley plc"
    group = Group(toks, words, whole, initial)
    for rule in SPLIT_RULES:
        spans = rule(group)
        if spans is not None:
            return spans
    return [group.whole]


# The rules of split_group, in order: each returns the spans of the run, or None to pass it on.

def known_name(g: Group) -> list[Span] | None:
    """'Bank of Japan', 'New York': a gazetteer's name stays whole."""
    if g.whole.name in PLACE_NAMES or g.whole.name in ORG_NAMES:
        return [g.whole]
    return None


def former_affiliation(g: Group) -> list[Span] | None:
    """'Ex-Labour MP Ann Lee' -> 'Labour', then 'MP' as Ann Lee's role."""
    first = g.toks[0]
    if first.word[:3].lower() == "ex-" and len(first.word) > 4:
        return split_group([Token(first.start + 3, first.end, first.word[3:])] + g.toks[1:], False)
    return None


def adjective_of_a_name(g: Group) -> list[Span] | None:
    """'a Hong Kong-listed company': a name made an adjective is no name."""
    return [] if NAME_ADJECTIVE.search(g.words[-1]) else None


def adjective_before_a_name(g: Group) -> list[Span] | None:
    """'Toronto-based Zenda' -> 'Zenda', a company; 'Army-backed Ann Lee' -> 'Ann Lee'."""
    if len(g.toks) < 2 or not NAME_ADJECTIVE.search(g.words[0]):
        return None
    rest = split_group(g.toks[1:], False)
    if len(rest) == 1 and rest[0].type is None and NAME_ADJECTIVE.search(g.words[0])[1] in COMPANY_ADJECTIVES:
        rest[0].type, rest[0].strong = "organization", True
    return rest


def role_noun_opening(g: Group) -> list[Span] | None:
    """'Striker Ann Lee scored' (a sentence's first word): 'striker' is her role."""
    first = g.words[0]
    if not (g.initial and len(g.words) > 1 and first.lower() in ROLE_NOUNS and not is_title_word(first)):
        return None
    right = split_group(g.toks[1:], False)
    if right and right[0].type in (None, "person"):
        right[0].role, right[0].type, right[0].strong = first.lower(), "person", True
    return right


def title_before_name(g: Group) -> list[Span] | None:
    """'Senator Ann Lee' -> role 'Senator', person 'Ann Lee'; 'Acme chairman Tom Ray' -> role 'Acme
    chairman'; 'the Vice President' alone names no one; 'Justice Department' is no title."""
    words = g.words
    if not any(map(is_title_word, words)):
        return None
    for i in range(len(words)):
        n = title_length(words, i)
        if n and i + n < len(words) and words[i + n] not in CONNECTORS:
            rest = words[i + n:]
            addressed = n == 1 and words[i].rstrip(".").lower() in HONORIFIC_TITLES  # "Mr Hague", "Dr Paris"
            given = len(rest) > 1 and rest[0] in FIRST_WORDS and classify(rest) == "place"  # "Mayor Tom Park"
            if rest[0] in ORG_SUFFIXES and (len(rest) == 1 or rest[1] == "of"):  # "Ford and General Motors": a firm
                end = i + n + 1  # ("General Motors | of the US": the firm, then where it is)
                firm = Group(g.toks[i:end], words[i:end], None, False).typed("organization")
                firm.strong = True
                return (split_group(g.toks[:i], g.initial) if i else []) + [firm] + split_group(g.toks[end + 1:], False)
            if not addressed and not given and (classify(rest) in ("organization", "place")
                                                or all(thing_word(w) for w in rest)):
                continue  # "Justice Department", "General Assembly": not a title before a name
            return titled_person(g, i, n)
        if n and i + n == len(words):
            return split_group(g.toks[:i], g.initial) if i else []
    return None


def titled_person(g: Group, i: int, n: int) -> list[Span]:
    """The names of a run whose words i..i+n are a title: those before it, and the person after it."""
    role = role_text(g.words[i:i + n])
    left = split_group(g.toks[:i], g.initial) if i else []
    right = split_group(g.toks[i + n:], False)
    if len(left) == 1 and left[0].type in ("organization", None) and role and left[0].end == g.toks[i].start - 1 \
            and left[0].name.lower() not in STOPWORDS:  # (not "New Home Secretary")
        role = f"{left[0].name} {role}"  # "Labour MP", "Acme chairman", "Science Minister"; not "Acme Mr"
    if right:
        right[0].role = role
        given = len(right[0].words) > 1 and right[0].words[0] in FIRST_WORDS and right[0].type == "place"
        if (right[0].type is None or given) and len(right[0].words) <= MAX_TITLED_WORDS:
            right[0].type, right[0].strong = "person", True
        elif role and role.split()[-1].lower() in PEERAGE and len(right[0].words) == 1:
            right[0].type, right[0].strong = "person", True  # "Baroness Scotland": peers take place names
    return [s for s in left if s.words[0] not in NOT_NAMES] + right


def first_connector(g: Group) -> list[Span] | None:
    """The first connector decides: the head before 'of' types the whole ('Bank of Japan', 'Gulf of
    Aden'); '&' joins a firm's names; particles keep a person whole ('Ludwig van Beethoven'); else
    each side is a name of its own ('Ann Lee of Acme')."""
    words, toks = g.words, g.toks
    joints = [i for i, w in enumerate(words) if w in CONNECTORS]
    if not joints:
        return None
    j = joints[0]
    conn, head = words[j], words[j - 1]
    if conn == "&":
        return [g.typed("organization")]
    if conn in ("of", "for") and (head in ORG_HEADS or head in ORG_SUFFIXES):
        return [g.typed("organization")]
    if conn == "of" and (head in PLACE_SUFFIXES or words[0] in PLACE_PREFIXES):
        return [g.typed("place")]
    if conn == "and" and j == 1 and classify(words[:1]) is None and g.whole.type in ("organization", "place"):
        return [g.whole]  # "Food and Drug Administration"
    if all(words[k] in PARTICLES for k in joints) and g.whole.type != "organization":
        return [g.whole]
    after = j + 2 if j + 1 < len(words) and words[j + 1] == "the" else j + 1
    return split_group(toks[:j], g.initial) + split_group(toks[after:], False)


def leading_nationality(g: Group) -> list[Span] | None:
    """'French Foreign Ministry' -> 'Foreign Ministry'; 'Kenyan Ann Lee' -> 'Ann Lee'; but 'Welsh
    Rugby Union' and 'Icelandic Republic' are whole names."""
    words = g.words
    if len(words) > 1 and " ".join(words[:2]) in DEMONYMS:
        lead = 2
    elif words[0] in NOT_NAMES or words[0].split("-")[0] in NOT_NAMES:
        lead = 1
    else:
        return None
    rest = words[lead:]
    if len(rest) > 1 and classify(rest) == "organization" and rest[0].lower() not in PORTFOLIOS:
        return [g.typed("organization")]
    if len(rest) == 1 and (rest[0] in ORG_SUFFIXES or rest[0] in PLACE_SUFFIXES or (len(rest[0]) <= 2 and not rest[0].isupper())):
        return [g.typed("organization" if rest[0] not in PLACE_SUFFIXES else "place")]  # ("Swiss Re": no "Re" alone)
    return split_group(g.toks[lead:], False)


def place_before_name(g: Group) -> list[Span] | None:
    """'U.S. Space Strategy' -> 'U.S.' and the rest (but 'Hong Kong Stock Exchange' stays whole); a
    city before one word names a club or a firm ('Denver Hawks', 'Lagos Textiles')."""
    words = g.words
    for n in (3, 2, 1):
        if len(words) > n + 1 and " ".join(words[:n]) in PLACE_NAMES and classify(words[n:]) is None:
            return split_group(g.toks[:n], g.initial) + split_group(g.toks[n:], False)
        if (len(words) == n + 1 and " ".join(words[:n]) in CITY_NAMES and g.whole.type is None
                and not thing_word(words[-1]) and words[-1] not in NOT_NAMES):
            g.whole.type, g.whole.strong = "organization", True
            return [g.whole]
    return None


def model_number(g: Group) -> list[Span] | None:
    """'Zorba Z40', 'Airbus A380': a maker and its product's model, which is no name of its own (but
    'Zorba Radio 2' is a station's name)."""
    if len(g.words) > 1 and any(c.isdigit() for c in g.words[-1]) and g.whole.name not in ORG_NAMES:
        if g.words[-1].isdigit() and g.words[-2] in CHANNEL_WORDS:
            return [g.typed("organization")]
        return split_group(g.toks[:-1], g.initial)
    return None


CHANNEL_WORDS = _set("Radio Channel TV Television FM")  # broadcasters number their stations
CHANNEL_NUMBER = Lazy(rf"{SP}\d{{1,2}}(?![\w.,:]\d)")  # "Radio 4", "Channel 5"


def compound_of_places(g: Group) -> list[Span] | None:
    """'US-China', 'U.S.-Mexico': two places (but 'Coca-Cola' is one name)."""
    if len(g.toks) != 1 or "-" not in g.words[0]:
        return None
    start, _, word = g.toks[0]
    parts = word.split("-")
    if not (any(p in PLACE_NAMES for p in parts) and all(p[:1].isupper() for p in parts)):
        return None
    out, pos = [], start
    for p in parts:
        out.append(Span(pos, pos + len(p), [p], None, g.initial and pos == start, classify([p])))
        pos += len(p) + 1
    return out


SPLIT_RULES = (known_name, former_affiliation, adjective_of_a_name, adjective_before_a_name, role_noun_opening,
               title_before_name, first_connector, leading_nationality, place_before_name, model_number,
               compound_of_places)


def run_shapes(key: tuple[str, bool]) -> tuple:
    """split_span's answer for (run, initial) as plain tuples, to be memoised."""
    return tuple((s.start, s.end, tuple(s.words), s.role, s.initial, s.type, s.strong) for s in split_span(*key))


RUN_SHAPES = Memo(run_shapes)


def name_spans(text: str, start: int, end: int) -> list[Span]:
    """The names in the capitalised run text[start:end]. Runs repeat across news ("The", "Mr Lee",
    "New York"), so split_span's answers are remembered: a pure function, memoised."""
    spans = []
    for a, b, words, role, initial, type_, strong in RUN_SHAPES[text[start:end], at_sentence_start(text, start)]:
        s = Span(start + a, start + b, list(words), role, initial, type_)
        s.strong = strong
        spans.append(s)
    return spans


#### Extract: sports pages #####################################################################
# Conventions of wire sports reports, kept apart so a reader sees them for what they are: a city's
# name stands for its club ("Denver beat Austin 3-1"), results tables list athletes with their
# country ("4. Ann Lee (Kenya) 13:05"), and standings rows shout ("DENVER 40 22 .645").

TEAM_AFTER = Lazy(rf"""(?:{SP}*\([^()\n]{{1,30}}\))?{SP}+
    (?:beat|beats|drew|draw|lost|lose|defeated|edged|thrashed|routed|hammered|crushed|overcame|
       trounced|downed|v|vs\.?|versus)\b""", re.X)
TEAM_BEFORE = Lazy(rf"""\b(?:beat|beating|defeated|against|v|vs\.?|versus|hosts|drew{SP}with|lost{SP}to|
    win{SP}over|victory{SP}over|joined|join|joins|played{SP}for|plays{SP}for|signed{SP}for|
    loaned{SP}to|moved{SP}to|move{SP}to|transferred{SP}to|coach{SP}at|left){SP}+$""", re.X)
TEAM_WINDOW = 20  # characters before a name searched for "beat", "against", "joined"
SCORE_AFTER = Lazy(rf"{SP}+\d{{1,3}}(?:[-–]\d{{1,3}})?(?:{SP}|$|[,;)])")
POSITION_AFTER = Lazy(rf"(?:['’]s)?{SP}+([a-z][a-z-]+){SP}+[A-Z]")  # "Leeds prop Ian Wood"
RESULT_AFTER = Lazy(rf"{SP}*\([A-Z][\w. ]{{1,25}}\)")
SPORT_WORDS_NEEDED = 3  # words of sports reports that make a story one


def sport_of(title: str | None, normal: dict) -> str | None:
    """The sport a story is about: the one its wire headline names first ('CRICKET - ...'), or
    'sport' when its body uses the words of sports reports, or None."""
    first = re.split(r"[\s\-–:]+", title.strip(), maxsplit=1)[0].lower() if title else ""
    if first in SPORTS:
        return first
    words = set(normal.values())
    words |= {w[:-2] for w in words if w.endswith(("'s", "’s"))}  # "squad's" is "squad"
    return "sport" if len(SPORT_WORDS & words) >= SPORT_WORDS_NEEDED else None


def team_context(text: str, s: Span) -> bool:
    """A sports team: 'X beat Y', 'against X', 'DENVER 4 Austin 0', 'Leeds prop ...'."""
    if TEAM_AFTER.match(text, s.end) or SCORE_AFTER.match(text, s.end):
        return True
    if TEAM_BEFORE.search(text, max(0, s.start - TEAM_WINDOW), s.start):
        return True
    role = POSITION_AFTER.match(text, s.end)
    return bool(role and role[1] in ROLE_NOUNS)


def city_club(text: str, s: Span, name: str, sport: str | None) -> bool:
    """A city's name standing for its club on a sports page: 'Denver beat Austin', 'joined Lyon',
    a standings row 'DENVER 40 22 .645'."""
    return bool(sport) and s.type == "place" and name in CITY_NAMES and team_context(text, s)


def sports_team(s: Span, u: "Usage", near: "Near") -> str | None:
    """'Denver beat Austin': a team (a club in team sports, the athlete in tennis or golf)."""
    if not (u.sport and team_context(u.text, s)):
        return None
    words = s.words
    clubby = len(words) == 1 or any(w in PLACE_NAMES or w in CLUB_WORDS for w in words) or words[-1].endswith("s")
    return "organization" if clubby and u.sport not in INDIVIDUAL_SPORTS else "person"


def results_row(s: Span, u: "Usage", near: "Near") -> str | None:
    """'4. Ann Lee (Kenya) 13:05': a results table lists athletes."""
    return "person" if u.sport and len(s.words) > 1 and RESULT_AFTER.match(u.text, s.end) else None


def sports_person(s: Span, u: "Usage", near: "Near") -> str | None:
    """On a sports page, two or three plain capitalised words name a player ('Okafor Bello scored')."""
    if u.sport and 1 < len(s.words) <= SHORT_NAME and not any(w in CLUB_WORDS or thing_word(w) for w in s.words):
        return "person"
    return None


#### Extract: name types #######################################################################
# Pure: the article's own usage types what strong evidence left open: a surname after a full name,
# an acronym after its expansion, a list of siblings, the words around a name. A span nothing
# explains is left untyped ("name") for the merge to settle, or dropped: a missing name costs the
# reader less than a wrong one.

DATELINE_AFTER = Lazy(rf",{SP}+[A-Z]|{SP}+(?:19|20)\d\d-\d\d|{SP}*[-—–]{SP}")
PLACE_NOUN_AFTER = Lazy(
    rf"{SP}+(?:region|province|district|area|valley|airport|mountains|river|county|state"
    r"|border|township|prefecture|stadium)\b")
ORG_NOUN_AFTER = Lazy(rf"""{SP}+(?:newspaper|daily|weekly|news{SP}agency|agency|shares|stock
    |boss|bosses|chief{SP}executive|chairman|chairwoman|executives|spokesman|spokeswoman|shareholders
    |board|staff|workers|employees|unit|division|subsidiary)\b""", re.X)  # "Zorba boss Ann Lee", "Zorba shares"
STAKE_IN = _set("shares stake stakes holding holdings investment investors")  # "shares in Zorba"
ANALYSTS = _set("analyst analysts economist economists strategist strategists")  # "economist at Zorba Bank": a firm
WHICH_AFTER = Lazy(rf",{SP}+which\b")  # "Zorba, which makes ...": people are "who"
APPOSED_ORG_AFTER = Lazy(rf""",{SP}+(?:the|an?|[{UPPER}][\w-]*['’]s?){SP}+  # ", the Italian food group", ", India's top software firm"
  (?:(?!(?:of|in|at|for|with|from|to|on|by)\b)[\w'’-]+{SP}+){{0,4}}?(?:firm|company|group|carmaker|airline
  |carrier|retailer|insurer|lender|bank|brewer|drugmaker|conglomerate|supplier|giant|chain|manufacturer)\b
  (?!{SP}*['’]|{SP}+[A-Z]|{SP}+(?:says|said|has|had|is|was|will|would|now|also|can|could|may|must)\b)""", re.X)
  # "Zorba, the Italian food group,"; not "Ann Lee, the pressure group Zorba said" (named after it), nor "After
  # Ann Lee, the company has ..." (the noun opens a clause)
FACILITY_AFTER = Lazy(rf"{SP}+(?:airport|stadium)\b")
INDEX_AFTER = Lazy(rf"{SP}+(?:industrial{SP}+)?(?:index|indices|average|composite|benchmark)\b")
ADJECTIVE_USE = Lazy(rf"{SP}+(?!said|says|told|has|had|is|was|will|would)[a-z]{{3,}}")
POSSESSIVE_NOUN = Lazy(rf"['’]s?{SP}+(?:[A-Z][\w-]*{SP}+)?([a-z]+)")
SIBLING_GAP = Lazy(rf"{SP}*(?:,|and|or|&|,{SP}*and|,{SP}*or){SP}*$")
CAMEL = Lazy(r"[a-z][A-Z]")
ACRONYM_AFTER = Lazy(rf"{SP}*\(([{UPPER}][{UPPER}&.]{{1,7}}s?)\)")
SAID_AFTER_NAME = Lazy(rf"""(?:,[^,\n]{{1,120}},)?                          # ", the chairman," (an apposition)
    (?:{SP}+(?:spokes(?:man|woman|person)|official|officials|statement|source)       # "Acme spokesman said"
     |['’]s{SP}+statement)?                                 # "Lee's statement said": his words (not his spokesman's)
    ,?{SP}+(?:{AUXILIARIES}{SP}+)*(?:{SPEECH_VERBS})\b""", re.X)
SAID_AFTER_ROLE = Lazy(rf""",{SP}+(?!(?:who|whom|whose|which|that|he|she|it|they|we|I|but|and|or|so|yet)\b)
    (?:[A-Z][\w&'’-]*{SP}+){{0,4}}(?!(?:{AUXILIARIES}|{SPEECH_VERBS})\b)[a-z][\w&'’-]*   # ", an analyst at Zorba",
    (?:{SP}+[\w&'’-]+){{0,4}}?{SP}+(?:{AUXILIARIES}{SP}+)*(?:{SPEECH_VERBS})\b""", re.X)  # ", Zorba director" said:
# a person's role whose closing comma is left out (not ", Mr Lee said": a new subject)
LOWER_WORD = Lazy(r"[a-z][\w-]*")
ROLE_AFTER = Lazy(rf"""
    ,{SP}+(?:(?:the|a|an|its|his|her){SP}+)?      # ", the ... "
    ((?:[a-z][\w-]*{SP}+){{0,2}}?[a-z][\w-]*)         # up to three words ending in a role noun
    (?={SP}*(?:,|\.|{SP}(?:of|at|for|in|who|with){SP}|$))
""", re.X)
OPENING = "\"'“‘(["  # marks that may open a phrase, glued to its first word
LOOK_BEFORE = 40  # characters before a name read for the words that describe it
MAX_ACRONYM = 6  # an unknown all-capitals word longer than this is shouting, not an acronym
MAX_LIST_GAP = 8  # characters between the names of a list: ", ", " and ", ", or "


def words_before(text: str, pos: int) -> list[str]:
    """The words just before `pos` on its line (nearest last), when only spaces separate them from it."""
    if pos == 0 or text[pos - 1] not in " \xa0":
        return []
    tail = text[max(0, pos - LOOK_BEFORE):pos]
    return tail[tail.rfind("\n") + 1:].split()


class Usage(NamedTuple):
    """What one article says about its names, gathered while its spans are typed."""
    text: str
    vocab: dict  # the article's words as written: a word it also writes in lower case is no name
    sport: str | None
    votes: dict  # name -> {type: mentions typed by strong evidence}
    person_words: dict  # a word of a person's full name -> that name
    acronyms: dict  # "(BOJ)" -> the span it follows
    org_words: dict  # first word of an organisation's name -> that name
    free: set  # names met away from a sentence's start
    spans: list  # all the article's spans, in order
    starts: list  # where they start (set before guess_type runs), for bisect

    def seen_lower(self, word: str) -> bool:
        """Whether the article also writes the word in lower case ('Sales rose ... sales')."""
        low = word.lower()
        return low in self.vocab or low + "," in self.vocab or low + "." in self.vocab


class Near(NamedTuple):
    """The words just before a span: all of them on its line (nearest last), the nearest without
    an opening mark, and whether that is 'the' (but not 'of the')."""
    prev: list
    last: str
    after_the: bool


def guess_type(s: Span, u: Usage) -> str | None:
    """The type an unknown span takes from its article and context: the first of TYPE_RULES with an
    answer ("" leaves it untyped), else None."""
    prev = words_before(u.text, s.start)
    last = prev[-1].lstrip(OPENING) if prev else ""  # '"The Commission', '[actor Ann ...'
    near = Near(prev, last, last in ("the", "The") and prev[-2:-1] != ["of"])
    for rule in TYPE_RULES:
        found = rule(s, u, near)
        if found is not None:
            s.strong = bool(found) and rule in CUE_RULES
            return found or None
    return None


# The rules of guess_type, in order: each returns a type, "" (leave it untyped), or None (no opinion).

def typed_elsewhere(s: Span, u: Usage, near: Near) -> str | None:
    """A form the article types elsewhere takes its majority type (the first of equal counts)."""
    vote = u.votes.get(s.name)
    return max(vote.items(), key=lambda kv: kv[1])[0] if vote else None


def surname_of_a_person(s: Span, u: Usage, near: Near) -> str | None:
    """'Lee' after 'Ann Lee'; not a firm named after its family that reports results or is described as one
    where it stands ('Brindle, the Ruritanian toy maker', 'Brindle booked sales of $6m', beside 'Ann Brindle')."""
    if len(s.words) != 1 or s.words[0] not in u.person_words:
        return None
    return None if organisation_noun_around(s, u, near) or reports_results(s, u, near) else "person"


def shouted_word(s: Span, u: Usage, near: Near) -> str | None:
    """'NATO', 'PARIS' by case-blind look-up; 'LAGOS, Nigeria' opening a line is a dateline's place;
    another short all-capitals word is an organisation's acronym ('ZETRO'), unless a word of the trade."""
    word = s.words[0]
    if len(s.words) > 1 or not word.isupper() or len(word.replace(".", "")) < 2:
        return None
    hit = FOLDED_NAMES.get(word.casefold())
    if hit:
        return hit[1]
    if (s.start == 0 or u.text[s.start - 1] == "\n") and DATELINE_AFTER.match(u.text, s.end):
        return "place"
    if any(c.isdigit() for c in word):
        return ""  # a model or format ("PS2", "MP3", "A380"), not a body
    return "" if word in COMMON_ACRONYMS or len(word) > MAX_ACRONYM else "organization"


def the_institution(s: Span, u: Usage, near: Near) -> str | None:
    """'the Treasury', 'the Commission': the institution the article means."""
    return "organization" if len(s.words) == 1 and s.words[0] in ORG_HEADS and near.after_the else None


def common_words(s: Span, u: Usage, near: Near) -> str | None:
    """A word the article also writes in lower case, a nationality, words for things only, or the
    plural of a title ('Sales', 'Kenyan', 'Annual Report', 'MPs', 'Senators'): no name."""
    if any(u.seen_lower(w) or w in NOT_NAMES for w in s.words) or all(thing_word(w) for w in s.words):
        return ""
    word = s.words[0]
    if len(s.words) == 1 and word.upper() in COMMON_ACRONYMS:
        return ""  # "Aids", "Gdp": a common acronym written as a word, as some papers do
    if len(s.words) == 1 and word.endswith("s") and is_title_word(word[:-1]) and word[:-1].lower() not in PEERAGE \
            and not u.sport:
        return ""  # (but "the Lords" is a house of parliament, and the "Senators" a team on a sports page)
    return None


def index_name(s: Span, u: Usage, near: Near) -> str | None:
    """'the Zeta 40 index', 'the Dow Jones industrial average': an index, not a person or firm."""
    return "" if INDEX_AFTER.match(u.text, s.end) else None


def adjective_of_a_people(s: Span, u: Usage, near: Near) -> str | None:
    """'the central Moravian town': an adjective of a place or a people."""
    word = s.words[0]
    if len(s.words) == 1 and len(word) > 6 and word.endswith(("ian", "ean", "ese")) \
            and ADJECTIVE_USE.match(u.text, s.end):
        return ""
    return None


def sentence_opener(s: Span, u: Usage, near: Near) -> str | None:
    """A word only ever met at a sentence's start: its capital says nothing alone; before a noun it is
    a common word ('Fox hunting was banned'), no name at all."""
    if len(s.words) == 1 and s.initial and s.name not in u.free and not (u.sport and team_context(u.text, s)):
        nxt = NEXT_LOWER_WORD.match(u.text, s.end)
        return "" if nxt and ((nxt[1].endswith("ing") and len(nxt[1]) > 5) or nxt[1] in COMPOUND_HEADS) else "name"
    return None


NEXT_LOWER_WORD = Lazy(rf"{SP}+([a-z][a-z-]*)\b")
COMPOUND_HEADS = _set("prices price shares firms companies industry market markets sector sales")  # "Oil prices rose"


def work_noun_before(s: Span, u: Usage, near: Near) -> str | None:
    """'the film Quiet Harbour', 'her album Blue Hours': a work's title, no person or body ('')."""
    return "" if near.last in WORK_NOUNS else None


SHOW_TITLE_BEFORE = Lazy(rf"(?:['’]s|\bon){SP}+[A-Z][\w-]*{SP}+[Ww]ith{SP}+$")  # "Radio Zorba's Drive with"


def show_title(s: Span, u: Usage, near: Near) -> str | None:
    """'told Radio Zorba's Drive with Lee': a programme's title, not the person Lee."""
    return "" if SHOW_TITLE_BEFORE.search(u.text, max(0, s.start - 40), s.start) else None


WORK_NOUNS = _set("""film films movie movies album albums single song songs book books novel novels play musical
show series drama sitcom documentary game games opera ballet painting biopic thriller comedy epic""")


def role_noun_before(s: Span, u: Usage, near: Near) -> str | None:
    """'business mogul Ann Lee', 'the striker Lee' (but 'nominee Million Dollar Girl' is a film)."""
    return "person" if near.last in ROLE_NOUNS else None


def place_noun_around(s: Span, u: Usage, near: Near) -> str | None:
    """'the town of Oruvo', 'the Zarek mountains'."""
    if (near.last == "of" and near.prev[-2:-1] and near.prev[-2] in PLACE_NOUNS) \
            or PLACE_NOUN_AFTER.match(u.text, s.end):
        return "place"
    return None


def organisation_noun_around(s: Span, u: Usage, near: Near) -> str | None:
    """'news agency Velta', 'the Courier newspaper', 'chief executive of Zorba', 'co-founder of the X',
    'Zorba boss Ann Lee', 'a stake in Zorba', 'Zorba, which ...', 'Zorba, the Italian food group'."""
    prev, last = near.prev, near.last
    head_of = ((prev[-2:-1] and prev[-2].rsplit("-", 1)[-1] in ROLE_OF_WORDS and last == "of")
               or (prev[-3:-2] and prev[-3].rsplit("-", 1)[-1] in ROLE_OF_WORDS and prev[-2] == "of"
                   and last == "the"))
    stake_in = last == "in" and prev[-2:-1] and prev[-2].strip(EDGE_PUNCT).lower() in STAKE_IN
    works_at = last == "at" and prev[-2:-1] and prev[-2].strip(EDGE_PUNCT).lower() in ANALYSTS  # "economist at Zorba"
    apposed = last.endswith(",") and last[:-1] in ORG_NOUNS and len(prev) > 1 and (
        prev[-2] in DETERMINERS or prev[-2].endswith(("'s", "’s")) or prev[-2].endswith("-owned"))
    # "the state-owned lender, Zorba Bank,"
    if last in ORG_NOUNS or ORG_NOUN_AFTER.match(u.text, s.end) or head_of or stake_in or works_at or apposed \
            or WHICH_AFTER.match(u.text, s.end) or APPOSED_ORG_AFTER.match(u.text, s.end):
        return "organization"
    return None


def web_name(s: Span, u: Usage, near: Near) -> str | None:
    """'Zorbly.com', 'Kelvo.co.uk': a name with a web domain is a firm's."""
    return "organization" if s.words[-1].endswith(WEB_SUFFIXES) or u.text.startswith(WEB_SUFFIXES, s.end) else None


def camel_case(s: Span, u: Usage, near: Near) -> str | None:
    """'PayPal', 'eBay', 'JetBlue': one word with a capital inside is a brand."""
    return "organization" if len(s.words) == 1 and CAMEL.search(s.words[0]) else None


def company_possessive(s: Span, u: Usage, near: Near) -> str | None:
    """'Zorba's shares', 'Velta Gold's board'."""
    m = POSSESSIVE_NOUN.match(u.text, s.end)
    return "organization" if m and m[1] in COMPANY_NOUNS else None


def said_it(s: Span, u: Usage, near: Near) -> str | None:
    """'Zorba said its sales ...', 'Zorba added that its ...': a name that speaks of what is its own is
    an organisation (a person's is 'his' or 'her')."""
    return "organization" if IT_SAID_AFTER.match(u.text, s.end) else None


IT_SAID_AFTER = Lazy(rf"""{SP}+(?:has{SP}+|had{SP}+|also{SP}+)?(?:said|says|added|adds|announced|warned|reported
    |expects|believes|hopes|admitted){SP}+(?:that{SP}+)?its{SP}""", re.X)  # (not "said it was": a thing)


def reports_results(s: Span, u: Usage, near: Near) -> str | None:
    """'Zorba booked a loss of $5m', 'Zorba saw its sales fall', 'Zorba employs 9,000 people',
    'shares in Zorba': a name whose results, staff or shares the text gives is an organisation."""
    held = len(near.prev) > 1 and near.prev[-2].lower() in ("shares", "stock") and near.last == "in"
    return "organization" if held or RESULTS_AFTER.match(u.text, s.end) else None


RESULTS_AFTER = Lazy(rf"""{SP}+(?:has{SP}+|had{SP}+|also{SP}+)?(?:
    (?:reported|posted|made|booked|recorded|saw|announced|earned|suffered|unveiled|enjoyed)
    (?:{SP}+(?:a|an|its|record|net|pre-tax|annual|quarterly|full-year|half-year|[a-z]+-quarter|\d[\d.,]*%?|rise|fall
    |drop|jump|increase|decline|in|unit)){{0,6}}
    {SP}+(?:profits?|losses|loss|sales|revenues?|turnover|earnings|net{SP}+income)\b
    |employs{SP}+(?:more{SP}+than{SP}+|about{SP}+|some{SP}+|nearly{SP}+|around{SP}+)?\d)""", re.X)
# (a person's are "his" or "her": "Ann Lee reported a loss" is rare in news, and "its" says a firm)


def plural_after_the(s: Span, u: Usage, near: Near) -> str | None:
    """'the Hawks', 'the Beatles': a plural name is a team or a group; 'in the Uplands', a region."""
    word = s.words[0]
    if len(s.words) == 1 and word.endswith("s") and not word.endswith("ss") and near.after_the:
        region = word.endswith(REGION_PLURALS) and near.prev[-2:-1] and near.prev[-2] in PLACE_WORDS_BEFORE
        return "place" if region else "organization"
    return None


REGION_PLURALS = ("lands", "hills", "isles", "islands", "mountains", "downs", "fens", "plains")  # the Uplands


def place_word_before(s: Span, u: Usage, near: Near) -> str | None:
    """'in Oruvo', 'near Oruvo'."""
    return "place" if len(s.words) == 1 and near.last in PLACE_WORDS_BEFORE else None


def bare_word(s: Span, u: Usage, near: Near) -> str | None:
    """One word nothing explains: left for the merge, where another article may say what it is."""
    return "name" if len(s.words) == 1 else None


def shouted_part(s: Span, u: Usage, near: Near) -> str | None:
    """'ZETRO Pacific', 'Windows XP': people's names are not shouted."""
    if any(len(w) > 1 and w.isupper() and (i or not INITIALS.match(w)) for i, w in enumerate(s.words)):
        return "organization"
    return None


def country_last(s: Span, u: Usage, near: Near) -> str | None:
    """'Air Ruritania', 'Statistics Norway': a country's company or body."""
    return "organization" if s.words[-1] in COUNTRY_NAMES and len(s.words) <= SHORT_NAME else None


def byline_name(s: Span, u: Usage, near: Near) -> str | None:
    """A plain name alone on the line before a dateline is its reporter's ('Ann Okoro\nLAGOS 2004-05-06')."""
    text = u.text
    if len(s.words) < 2 or (s.start and text[s.start - 1] != "\n"):
        return None
    line_end = text.find("\n", s.end)
    if line_end < 0 or text[s.end:line_end].strip(" \xa0") or not DATELINE.match(text[line_end + 1:line_end + 100]):
        return None
    return "person"


def plain_short_name(s: Span, u: Usage, near: Near) -> str | None:
    """'Okafor Bello, 45, ...': two or three plain capitalised words are a person's name when the
    article treats them as one (see person_evidence); else they wait for the merge ('Velta Gold').
    A given name before a word for a thing needs that evidence too ('Jack Law, chief executive of')."""
    if len(s.words) > SHORT_NAME:
        return None
    if any(map(thing_word, s.words)):
        return "person" if len(s.words) == 2 and s.words[0] in GIVEN_NAMES and person_evidence(s, u) else None
    return "person" if person_evidence(s, u) else "name"


PRONOUN_AFTER = Lazy(r"\b(?:[Hh]e|[Ss]he|His|Her)\b")  # a subject, or a sentence's first word
PERSON_NOUN = Lazy(r"\b(?:man|woman|men|women|boy|girl|people|analyst|broker|spokesman|spokeswoman"
                         r"|official|executive|source|lawyer|minister|expert)\b")
AGE_AFTER = Lazy(rf",{SP}+(?:aged{SP}+)?\d{{1,2}}(?:,|{SP}+(?:and|said|who|was|is|has|had)\b)|{SP}*\(\d{{1,2}}\)")
WHO_AFTER = Lazy(rf",?{SP}+who\b")
# What only people do or have: "Okafor Bello resigned", "told reporters", "Bello's wife".
PERSON_VERB_AFTER = Lazy(rf"""(?:{SP}+{AUXILIARIES})*{SP}+(?:told{SP}+reporters|died|resigned|married|divorced
    |was{SP}+(?:born|arrested|elected|jailed|sentenced|appointed|knighted|charged|acquitted|injured|killed)
    |stepped{SP}+down)\b|['’]s{SP}+(?:wife|husband|son|daughter|mother|father|brother|sister|family|children
    |career|death|widow|girlfriend|boyfriend|partner|funeral|birthday|lawyers?)\b""", re.X)
# A role noun, then its complement, then the name in apposition: "the festival's director in Accra, Ama ...".
ROLE_BEFORE_NAME = Lazy(rf"\b(?:{alternation(ROLE_NOUNS)})\b[^,.;:\n\"“”]{{0,40}},{SP}*$")
APPOSITION_WINDOW = 80  # characters before a name read for such a role
SENTENCE_END = Lazy(r"[.!?][\"'”’)]*(?:\s|$)")
QUOTE_MARK = Lazy(r"[\"“”]")
PRONOUN_SENTENCES = 2  # a pronoun this many sentence ends after a name may refer back to it
PRONOUN_WINDOW = 300  # characters searched for it


def person_evidence(s: Span, u: Usage) -> bool:
    """Whether the article treats a plain name as a person's: its last word is a titled or addressed
    person's ('Mr Bello'); an age, 'who' or what only people do follows it ('Okafor Bello, 45,',
    'Bello, who', 'Bello resigned', 'Bello's wife'); a role stands beside it ('a spokesman for',
    'the firm's director, Okafor Bello,'); or he/she refers back to it before another name."""
    text, last = u.text, s.words[-1]
    if last in u.person_words or "person" in u.votes.get(last, ()):
        return True
    if AGE_AFTER.match(text, s.end) or WHO_AFTER.match(text, s.end) or PERSON_VERB_AFTER.match(text, s.end):
        return True
    if ROLE_BEFORE_NAME.search(text, max(0, s.start - APPOSITION_WINDOW), s.start):
        return True
    role = ROLE_AFTER.match(text, s.end)
    if role and (role[1].split()[-1] in ROLE_NOUNS or role[1].split()[0] in ROLE_NOUNS):
        return True  # ", chief executive of", ", secretary general of"
    end = min(len(text), s.end + PRONOUN_WINDOW)
    for k, stop in enumerate(SENTENCE_END.finditer(text, s.end, end)):
        if k + 1 == PRONOUN_SENTENCES:
            end = stop.end()
            break
    pronoun = PRONOUN_AFTER.search(text, s.end, end)
    if not pronoun:
        return False
    gap = text[s.end:pronoun.start()]
    if QUOTE_MARK.search(gap) or PERSON_NOUN.search(gap):
        return False  # '"...," said one broker. He ...': the pronoun means someone else
    between = u.spans[bisect_left(u.starts, s.end):bisect_left(u.starts, pronoun.start())]
    return not any(o.type in (None, "person", "name") and not o.caps and o.words[-1] != last for o in between)


# Rules that type a span by evidence (a gazetteer, a cue word beside it) rather than by inference.
CUE_RULES = frozenset((shouted_word, the_institution, work_noun_before, show_title, role_noun_before, place_noun_around, organisation_noun_around,
                       results_row, web_name, camel_case, company_possessive, said_it, reports_results,
                       plural_after_the, place_word_before, shouted_part,
                       country_last, byline_name))
TYPE_RULES = (typed_elsewhere, surname_of_a_person, shouted_word, web_name, the_institution, common_words, index_name,
              adjective_of_a_people, work_noun_before, show_title, role_noun_before, place_noun_around,
              organisation_noun_around, reports_results, sentence_opener, sports_team, results_row, camel_case,
              company_possessive, said_it, plural_after_the, place_word_before, bare_word, shouted_part, country_last,
              byline_name, sports_person,
              plain_short_name)


def shouted_names(text: str, span: Span, memory: dict) -> list[Span]:
    """Names in an all-capitals run ('RUGBY - LEEDS TAKE OVER'), by case-blind look-up of the
    article's own names and the gazetteers."""
    toks = []
    for m in TOKEN.finditer(text, span.start, span.end):
        word = m.group().rstrip(",;:!?\"'”’)")
        if word.endswith(".") and not INITIALS.match(word):
            word = word[:-1]  # the headline's full stop, not the dots of "U.S."
        if word:
            toks.append(Token(m.start(), m.start() + len(word), word))
    out, i = [], 0
    while i < len(toks):
        for n in range(min(4, len(toks) - i), 0, -1):
            key = " ".join(t.word for t in toks[i:i + n]).casefold()
            hit = memory.get(key) or FOLDED_NAMES.get(key)
            if hit and not (n == 1 and key in STOPWORDS):
                out.append(Span(toks[i].start, toks[i + n - 1].end, [t.word for t in toks[i:i + n]],
                                None, False, hit[1]))
                i += n
                break
        else:
            i += 1
    return out


def resolve_names(text: str, spans: list[Span], vocab, sport: str | None) -> list[Span]:
    """Type what strong evidence left open by the passes of RESOLVE_PASSES in order; drop what
    stays unknown."""
    usage = Usage(text, vocab, sport, {}, {}, {}, {}, set(), spans, [])
    for step in RESOLVE_PASSES:
        spans = step(spans, usage)
    # No person's name opens with a number ("Six Nations", "Million Dollar Girl"), whichever rule typed it.
    return [s for s in spans if s.type and not (s.type == "person" and s.words[0].lower() in NUMBER_FIRST)]


# The passes of resolve_names: each takes the spans and the article's usage, returns the spans.

def count_typed_forms(spans: list[Span], u: Usage) -> list[Span]:
    """Votes for the types of typed forms; the words of people's full names; acronyms written after
    a name ('Bank of Zeta (BOZ)'); the names met away from a sentence's start."""
    for s in spans:
        if s.caps:
            continue
        if not s.initial:
            u.free.add(s.name)
        if not s.type:
            continue
        vote = u.votes.setdefault(s.name, {})
        vote[s.type] = vote.get(s.type, 0) + 1
        if len(s.words) > 1:
            if s.type == "person":
                for w in (s.words[-1], s.words[0]):
                    if w not in u.person_words and not INITIALS.match(w):
                        u.person_words[w] = s.name
            if u.text.startswith(" (", s.end) or u.text.startswith("(", s.end):
                m = ACRONYM_AFTER.match(u.text, s.end)
                if m:
                    u.acronyms[m[1]] = s
    return spans


def vote_for_abbreviations(spans: list[Span], u: Usage) -> list[Span]:
    """An acronym takes the type of the name it follows; an organisation's initials stand for it
    ('Food and Drug Administration' -> FDA)."""
    for acronym, s in u.acronyms.items():
        vote = u.votes.setdefault(acronym, {})
        vote[s.type] = vote.get(s.type, 0) + 1
    for s in spans:
        if s.type == "organization" and len(s.words) > 2:
            initials = "".join(w[0] for w in s.words if w[0].isupper())
            if len(initials) > 2 and initials not in u.votes:
                u.votes[initials] = {"organization": 1}
    return spans


EXPANSION_GAP = Lazy(rf"{SP}+(?:in|on|at|to|for)(?:{SP}+the)?{SP}+")  # 'of' and 'and' join names already


def names_spelling_an_acronym(spans: list[Span], u: Usage) -> list[Span]:
    """'Interactive Media in Retail Group' where the article also writes 'IMRG': two names joined by
    a small word are one organisation's name when their initials spell an acronym the article uses."""
    out, acronyms = [], None
    for s in spans:
        prev = out[-1] if out else None
        if prev is not None and not (prev.caps or s.caps) and EXPANSION_GAP.fullmatch(u.text, prev.end, s.start):
            initials = "".join(w[0] for w in prev.words + s.words if w[0].isupper())
            if acronyms is None:  # the article's all-capitals names, once
                acronyms = {t.name for t in spans if not t.caps and len(t.words) == 1 and t.name.isupper()}
            if len(initials) > 2 and initials in acronyms:
                out[-1] = Span(prev.start, s.end, u.text[prev.start:s.end].split(), None, prev.initial, "organization")
                continue
        out.append(s)
    return out


def drop_common_first_words(spans: list[Span], u: Usage) -> list[Span]:
    """'Rival Zorba Holdings' opening a sentence: the first word is a common word, not a name's."""
    for s in spans:
        if s.type is None and s.initial and len(s.words) > 1 and (u.seen_lower(s.words[0]) or thing_word(s.words[0])):
            s.start = u.text.index(s.words[1], s.start + len(s.words[0]))
            s.words, s.initial = s.words[1:], False
            s.name = " ".join(s.words)
            s.type = classify(s.words)
    return spans


BODIES_OF_A_PLACE = _set("""Association Council Authority University College Hospital Airport Police Society Chamber
Assembly Commission Museum School Cathedral Trust""")  # "Blackpool Hotel Association": Blackpool is the town


def short_forms_of_organisations(spans: list[Span], u: Usage) -> list[Span]:
    """'Mercer' after 'Mercer Holdings Inc.': an organisation's first word stands for it, even when
    a person shares it ('Ford' beside 'Ford Motor' and 'Bill Ford'): 'Mr Ford' has his title."""
    for s in spans:
        first = s.words[0]
        if (s.type == "organization" and len(s.words) > 1 and first not in u.org_words and not thing_word(first)
                and first not in PLACE_NAMES and first not in NOT_NAMES and s.words[-1] not in BODIES_OF_A_PLACE):
            u.org_words[first] = s.name
    for s in spans:
        if s.type is None and len(s.words) == 1 and s.words[0] in u.org_words:
            s.type = "organization"
    return spans


def type_full_names(spans: list[Span], u: Usage) -> list[Span]:
    """Open names of several words, first, so that the surnames of people among them are known."""
    u.starts[:] = [s.start for s in spans]
    for s in spans:
        if s.type is None and not s.caps and len(s.words) > 1:
            s.type = guess_type(s, u)
            if s.type == "person":
                for w in (s.words[-1], s.words[0]):
                    u.person_words.setdefault(w, s.name)
    return spans


def organisation_cues(spans: list[Span], u: Usage) -> list[Span]:
    """A name typed a person by its given name alone is an organisation where its context says so:
    'group Laura Ashley', 'Laura Ashley, which ...', 'Hardie's shareholders'."""
    for s in spans:
        if s.type == "person" and not s.strong and not s.role:
            prev = words_before(u.text, s.start)
            last = prev[-1].lstrip(OPENING) if prev else ""
            near = Near(prev, last, last in ("the", "The") and prev[-2:-1] != ["of"])
            if organisation_noun_around(s, u, near) or company_possessive(s, u, near):
                s.type, s.strong = "organization", True
    return spans


def type_single_words(spans: list[Span], u: Usage) -> list[Span]:
    """Open names of one word."""
    for s in spans:
        if s.type is None and not s.caps and len(s.words) == 1:
            s.type = guess_type(s, u)
    return spans


def types_in_context(spans: list[Span], u: Usage) -> list[Span]:
    """'Anna Marsh airport' is a place; on a sports page 'Denver beat Austin' names clubs."""
    for s in spans:
        if s.caps:
            continue
        if s.type == "person" and FACILITY_AFTER.match(u.text, s.end):
            s.type = "place"
        if city_club(u.text, s, s.name, u.sport) or (u.sport and club_and_city(s)):
            s.type = "organization"
    return spans


def club_and_city(s: Span) -> bool:
    """'Spartak Oruvo', 'SC Oruvo': on a sports page a club's name and its city (but not 'Ann Oruvo')."""
    words = s.words
    return len(words) == 2 and s.type in (None, "person", "name") and (
        words[0] in CLUB_WORDS or (words[-1] in CITY_NAMES and words[0] not in FIRST_WORDS))


def read_shouted_lines(spans: list[Span], u: Usage) -> list[Span]:
    """An all-capitals line becomes the names in it, read case-blind against the article's names."""
    if not any(s.caps for s in spans):
        return spans
    memory = {name.casefold(): (name, max(vote.items(), key=lambda kv: kv[1])[0]) for name, vote in u.votes.items()}
    out = []
    for s in spans:
        if not s.caps:
            out.append(s)
            continue
        for name in shouted_names(u.text, s, memory):
            if city_club(u.text, name, " ".join(name.words).title(), u.sport):
                name.type = "organization"  # a standings row: "DENVER 40 22 .645"
            out.append(name)
    return out


def lists_share_a_type(spans: list[Span], u: Usage) -> list[Span]:
    """'Facebook and Zorba', 'Essex, Kent and Oruvo': the open names of a list take its type; in an
    enumeration of people ('Ann Lee, Okafor Bello, Birgit Sandoval') the open full names are people too."""
    for order in (range(len(spans)), range(len(spans) - 1, -1, -1)):  # along the list, both ways
        for i in order:
            s = spans[i]
            if s.type in (None, "name") and 1 < len(s.words) <= SHORT_NAME and not s.caps:
                for j in (i - 1, i + 1):
                    if 0 <= j < len(spans) and spans[j].type == "person" and listed(u.text, spans, i, j) \
                            and "," in u.text[min(s.end, spans[j].end):max(s.start, spans[j].start)]:
                        s.type = "person"  # an enumeration, not "Ann Lee and Zorba United"
                        break
    for i, s in enumerate(spans):
        if s.type not in (None, "name") or len(s.words) != 1:
            continue
        for j in (i - 1, i + 1):
            if not (0 <= j < len(spans)) or spans[j].type in (None, "name") or spans[j].caps:
                continue
            if listed(u.text, spans, i, j) and len(spans[j].words) == 1:
                s.type = spans[j].type
                break
    return spans


def listed(text: str, spans: list[Span], i: int, j: int) -> bool:
    """Whether spans i and j stand side by side in a list: 'A, B', 'A and B', 'A, or B'."""
    a, b = (spans[j], spans[i]) if j < i else (spans[i], spans[j])
    gap = text[a.end:b.start]
    opener = "," in gap and a.initial  # "Ironically, Lee ..." is no list
    return len(gap) < MAX_LIST_GAP and bool(SIBLING_GAP.match(gap)) and not opener and not spans[j].caps


def titles_of_works(spans: list[Span], u: Usage) -> list[Span]:
    """A name the article once calls a work ('the film Vera Lane', 'her album Blue Hours') is that
    work's title wherever it stands in the article ('Vera Lane star Ann Ray'): no person, no body."""
    works = set()
    for s in spans:
        before = words_before(u.text, s.start) if len(s.words) > 1 else ()
        if before and before[-1] in WORK_NOUNS:
            works.add(s.name)
    for s in spans:
        if s.name in works:
            s.type = None
    return spans


def one_type_per_name(spans: list[Span], u: Usage) -> list[Span]:
    """One name, one type in an article: the majority of its typed mentions, where evidence outweighs
    inference (a strong mention counts EVIDENCE_WEIGHT times); of equals, organisation before place
    before person (a wrong person costs the reader most)."""
    kinds, keys = {}, {}
    for s in spans:
        key = keys.get(s.name)
        if key is None:
            key = keys[s.name] = squash(s.name)
        if s.type not in (None, "name"):
            kind = kinds.setdefault(key, {})
            kind[s.type] = kind.get(s.type, 0) + (EVIDENCE_WEIGHT if s.strong else 1)
    for s in spans:
        kind = kinds.get(keys[s.name])
        if kind and not (s.strong and s.type in kind) and (s.type is not None or len(s.words) > 1):
            s.type = max(kind.items(), key=lambda kv: (kv[1], TYPE_ORDER[kv[0]]))[0]
    return spans


EVIDENCE_WEIGHT = 5  # typed mentions of a name that one mention typed by evidence outweighs
TYPE_ORDER = {"person": 0, "place": 1, "organization": 2}  # the order of preference between equals

RESOLVE_PASSES = (names_spelling_an_acronym, count_typed_forms, vote_for_abbreviations, drop_common_first_words, short_forms_of_organisations,
                  type_full_names, type_single_words, organisation_cues, types_in_context, read_shouted_lines, lists_share_a_type,
                  titles_of_works, one_type_per_name)


#### Extract: entities #########################################################################
# Pure: typed spans -> the article's mentions and its own entities: a surname, an acronym or a
# first word joins the fullest name it stands for; roles are read around people's names.

SHOUTING = Lazy(r"[A-Z]{4}")  # a line shouts when it has capitals in a run ...
SPEAKING = Lazy(r"[a-z]{3}")  # ... and no lower-case word


def extract_names(text: str, regions: tuple, vocab, sport: str | None, body_start: int = 0) -> tuple[list, list]:
    """Mentions and local entities of the names in `regions` of `text` (the body starts at
    `body_start`; the headline is before it)."""
    spans = []
    for start, end in regions:
        if not SPEAKING.search(text, start, end) and SHOUTING.search(text, start, end):
            spans.append(Span(start, end, [text[start:end]], caps=True))
            continue
        for m in NAME_SPAN.finditer(text, start, end):
            stop = m.end()
            if text[m.start():stop].rsplit(None, 1)[-1] in CHANNEL_WORDS:
                number = CHANNEL_NUMBER.match(text, stop, end)
                stop = number.end() if number else stop
            spans += name_spans(text, m.start(), stop)
    spans = resolve_names(text, spans, vocab, sport)
    person_roles(text, spans)
    person_entities(spans, body_start)
    organisation_entities(text, spans)
    for s in spans:
        if s.type not in ("person", "organization"):  # places, and open names that may be places
            s.entity = canonical_name(s.name, "place")
    return local_entities(text, spans)


def person_key(name: str) -> str:
    """Spelling-blind key of a person's name: 'J.D. Smith' and 'JD Smith' are one."""
    return "".join(name.replace(".", "").split()).casefold()


def canonical_name(name: str, type_: str) -> str:
    """A gazetteer's canonical name ('U.S.' -> 'United States'), or the name as written."""
    table = PLACE_NAMES if type_ == "place" else ORG_NAMES if type_ == "organization" else {}
    if name in table:
        return table[name]
    if name[:2] in COMPASS_INITIALS and f"{COMPASS_INITIALS[name[:2]]}{name[2:]}" in table:
        return table[f"{COMPASS_INITIALS[name[:2]]}{name[2:]}"]  # "S. Korea" -> "South Korea"
    hit = FOLDED_NAMES.get(name.casefold()) if name.isupper() else None
    return hit[0] if hit and hit[1] == type_ else name


def person_entities(spans: list[Span], body_start: int = 0) -> None:
    """Each person's entity: the fullest form of the name. A lone surname joins the full name with
    that surname mentioned most so far (the latest of equals: 'Ann Lee ... Tom Lee ... Lee'); a
    first word that is no known given name may be a family name written first, and stands for its
    person too ('Hu Wen ... Hu'). A lone given name joins no one ('Tom' could be anyone) and is
    left untyped, unless a knight's or peer's title makes it a form of address ('Sir John')."""
    full = full_names(spans, body_start)
    called = {}  # calling word -> the full names of the body it calls, for a headline's lone surname
    for s in spans:
        if s.start < body_start:
            continue
        if s.type == "person" and len(s.words) > 1:
            for w in calling_words(s.words):
                called.setdefault(w, set()).add(full[person_key(s.words[0] + s.words[-1])])
        elif s.type != "person" or s.name not in called:
            called.setdefault(s.name, set()).add(None)  # ("Brindle, the toy maker ... Ann Brindle": no one)
    seen = {}  # calling word (surname, or family name written first) -> {full name: mentions so far}
    given = {}  # first words of full names that are given names -> those full names
    for s in spans:
        if s.type != "person":
            continue
        if len(s.words) > 1:
            s.entity = full[person_key(s.words[0] + s.words[-1])]
            for w in calling_words(s.words):
                counts = seen.setdefault(w, {})
                counts[s.entity] = counts.get(s.entity, 0) + 1
            if s.words[0] in GIVEN_NAMES:
                given.setdefault(s.words[0], set()).add(s.entity)
            continue
        known = seen.get(s.words[0])
        peer = s.role.split()[-1] if s.role else ""
        if peer.lower() in PEERAGE:  # "Baroness Kennedy" (also "Tory Baroness Kennedy") is not "Charles Kennedy"
            s.entity = f"{peer} {s.name}"
            counts = seen.setdefault(s.words[0], {})
            counts[s.entity] = counts.get(s.entity, 0) + 1
        elif known:
            s.entity = max(reversed(list(known)), key=known.get)  # most mentioned; latest of equals
        elif s.role and s.role.lower() in HONORIFIC_TITLES and len(given.get(s.words[0], ())) == 1:
            s.entity = next(iter(given[s.words[0]]))  # "Sir John" after "Sir John Ray"
        elif s.words[0] in GIVEN_NAMES:
            s.type, s.entity = "name", s.name  # "Tom" alone: a first name, not a person to list
        elif s.end <= body_start and len(called.get(s.words[0], ())) == 1 and None not in called[s.words[0]]:
            s.entity = next(iter(called[s.words[0]]))  # "Lee quits" over a body naming one Tom Lee
        else:
            s.entity = s.name


def full_names(spans: list[Span], body_start: int) -> dict:
    """Person key -> the fullest name it stands for: the longest spelling; the end of one longer
    name ('Suu Kyi' of 'Aung San Suu Kyi'); and in a headline, a word before a surname that is no
    given name is an epithet ('Dogged Lee' is the body's one Tom Lee)."""
    full, named, in_body = {}, {}, set()  # person key -> fullest name; surname -> keys with a given name
    for s in spans:
        if s.type == "person" and len(s.words) > 1:
            key = person_key(s.words[0] + s.words[-1])
            if len(s.name) > len(full.get(key, "")):
                full[key] = s.name
            if s.start >= body_start:
                in_body.add(key)
                if s.words[0] in GIVEN_NAMES:
                    named.setdefault(s.words[-1], set()).add(key)
    longer = [s.words for s in spans if s.type == "person" and len(s.words) > 2]
    for s in spans:  # "Suu Kyi", "Van Dijk": the end of one longer name ("Aung San Suu Kyi", "Anna Van Dijk")
        if s.type == "person" and 1 < len(s.words) and s.words[0] not in GIVEN_NAMES:
            ends = {(w[0], w[-1]) for w in longer if len(w) > len(s.words) and w[-len(s.words):] == s.words
                    and not any(map(is_title_word, w[:-len(s.words)]))}
            if len(ends) == 1:
                first, last = next(iter(ends))
                full[person_key(s.words[0] + s.words[-1])] = full[person_key(first + last)]
    for s in spans:
        key = person_key(s.words[0] + s.words[-1])
        if s.type == "person" and len(s.words) == 2 and s.end <= body_start and not s.role and key not in in_body \
                and s.words[0] not in GIVEN_NAMES and len(named.get(s.words[-1], ())) == 1:
            full[key] = full[next(iter(named[s.words[-1]]))]
    return full


def calling_words(words: list[str]) -> list[str]:
    """The words a person is called by alone: the surname ('Lee'), and a first word that is no
    known given name, which may be a family name written first ('Hu' of 'Hu Wen')."""
    out = [words[-1]] if not INITIALS.match(words[-1]) else []
    if words[0] not in GIVEN_NAMES and not INITIALS.match(words[0]) and words[0] not in PARTICLES:
        out.append(words[0])
    return out


def organisation_entities(text: str, spans: list[Span]) -> None:
    """Each organisation's entity: its first form ('ZetaCorp' after 'Zeta Corp'); an acronym, its
    initials or its first word stand for the organisation they abbreviate."""
    orgs = {s.name: s for s in spans if s.type == "organization" and len(s.words) > 1}
    first_form = {}  # squashed name -> the form an organisation was first written in
    for s in spans:
        if s.type == "organization":
            s.entity = first_form.setdefault(squash(s.name), canonical_name(s.name, "organization"))
            m = ACRONYM_AFTER.match(text, s.end)
            if m:
                orgs.setdefault(m[1], s)
    heads, initials = {}, {}
    first_at, body = {}, text.find("\n")  # name -> where the body first writes it (a headline writes short names)
    for s in spans:
        if s.start > body:
            first_at.setdefault(s.name, s.start)
    for o in orgs.values():
        if all(w in ORG_SUFFIXES or w in CONNECTORS for w in o.words[1:]) \
                and first_at.get(o.name, 0) < first_at.get(o.words[0], len(text)):  # "Mercer Holdings Inc.", then "Mercer"
            heads.setdefault(o.words[0], set()).add(o.entity)  # but not "Zorba USA", a part of Zorba, nor "Barclays"
            # named before "Barclays Capital", its investment bank
        if len(o.words) > 2 or (len(o.words) == 2 and all(w[:1].isupper() and w[1:].islower() for w in o.words)):
            initials.setdefault("".join(w[0] for w in o.words if w[0].isupper()), o)  # ("BA" after "British Airways")
    for s in spans:
        if s.type == "organization" and len(s.words) == 1:
            target = orgs.get(s.name)
            if target is None and len(heads.get(s.name, ())) == 1:
                s.entity = next(iter(heads[s.name]))
                continue
            if target is None and s.name.isupper():
                target = initials.get(s.name)
            if target is not None and target is not s:
                s.entity = target.entity


def local_entities(text: str, spans: list[Span]) -> tuple[list[Mention], list[LocalEntity]]:
    """The mentions, and the article's entities with their forms, roles (most frequent first) and counts."""
    roles, aliases, counts = {}, {}, {}
    mentions = []
    for s in spans:
        key = (s.type, s.entity)
        counts[key] = counts.get(key, 0) + 1
        surface = text[s.start:s.end]
        aliases.setdefault(key, {}).setdefault(" ".join(surface.split()), None)
        if s.role and s.type == "person" and s.role.lower().rstrip(".") not in ADDRESS_ONLY:
            found = roles.setdefault(key, {})
            found[s.role] = found.get(s.role, 0) + 1
        mentions.append(Mention(s.start, s.end, surface, s.type, s.entity))
    entities = [LocalEntity(name, type_, tuple(aliases[(type_, name)]),
                            tuple(r for r, _ in sorted(roles.get((type_, name), {}).items(), key=lambda rc: -rc[1])),
                            n)
                for (type_, name), n in counts.items()]
    return mentions, entities


def person_roles(text: str, spans: list[Span]) -> None:
    """Roles written around a person's name: 'business mogul Ann ...', ', chairman of X', with the
    organisation or place named just before the role ('Zorba chief executive Ann Lee')."""
    ends = {s.end: s for s in spans if s.type in ("organization", "place")}
    for s in spans:
        if s.type == "person" and (not s.role or s.role.lower().rstrip(".") in ADDRESS_ONLY):
            before = role_before(text, s)
            if before:
                at = text.rfind(before.split()[0], 0, s.start)
                whose = ends.get(len(text[:at].rstrip())) if at > 0 and text[at - 1] == " " else None
                owner = whose.words if whose is not None else []
                changer = owner[:1] if len(owner) > 1 and owner[0].lower() in ROLE_CHANGERS else []
                # ("Former Blackburn boss", opening a sentence: "former Blackburn boss")
                before = " ".join([w.lower() for w in changer] + owner[len(changer):] + [before])  # "Lib Dem leader"
            s.role = before or role_after(text, s) or s.role  # "Dr Ann Lee, the chairman,"


def role_before(text: str, s: Span) -> str | None:
    """'the veteran striker Ann Lee' -> 'veteran striker': up to three lower-case words ending in a role noun."""
    words = []
    for w in reversed(words_before(text, s.start)[-3:]):
        bare = w.lstrip(OPENING)
        if (bare.lower() in ROLE_CHANGERS or HYPHENED_OPENER.fullmatch(bare)) and bare[:1].isupper() and words:
            words.insert(0, bare.lower())  # "Shadow home secretary Ann Lee", "Ex-health secretary", opening a sentence
            break
        if not LOWER_WORD.fullmatch(bare):
            break
        words.insert(0, bare)
        if bare != w:
            break  # "[actor Ann ...": the phrase opens here
    verbs = [k for k, w in enumerate(words) if w in STOPWORDS or w in SPEECH_WORDS or verb_form(w)]
    if verbs and words[verbs[-1]] in ("a", "an"):
        return None  # "what a fine mayor Ola Ray would be": what she might be, no title
    if verbs:
        words = words[verbs[-1] + 1:]  # "said analyst ...", "covering singer ...", "rivals say chairman ..."
    return " ".join(words) if words and words[-1].rsplit("-", 1)[-1] in ROLE_NOUNS else None  # ("co-chairman")


HYPHENED_OPENER = Lazy(r"[A-Z][a-z]*-[a-z]+")  # "Ex-health (secretary)", "Vice-(chairman)"


def verb_form(word: str) -> bool:
    """A word that reads as a verb, not as part of a role: 'covering', 'named', 'claim'."""
    return word.rsplit("-", 1)[-1] not in ROLE_NOUNS and (word.endswith(("ing", "ed")) or word in ROLE_VERBS)


def role_after(text: str, s: Span) -> str | None:
    """'Ann Lee, the chairman of Zorba' -> 'chairman'."""
    m = ROLE_AFTER.match(text, s.end)
    if m and m[1].split()[-1] in ROLE_NOUNS:
        return " ".join(w for w in m[1].split() if w not in STOPWORDS) or None
    return None


#### Extract: sentences ########################################################################

WINDOW = 300  # characters around a quotation or figure searched for its context: keeps work linear

# Each branch opens with its quotation mark, a plain character, and looks back from after it at what stands
# before it (the two-character lookbehind '"(?<![^\s(\[—–-]")' asks of the character before the mark what
# '(?<![^\s(\[—–-])"' asked): re then skips straight to the next mark instead of trying three branches at
# every position. The same matches, about 4x faster (1.3% of a run's instructions on the BBC business folder).
QUOTE = Lazy(r"""
    “(?P<curly>[^“”\n]{1,3000})                   # “curly”, closed, or ended by the next one opening
    (?:”|(?<=[.!?,])(?=[ \xa0]+“|$))               # after a full stop: “A. “B.” is two quotations
  | "(?<![^\s(\[—–-]")(?=[^\s"])                   # "straight", opened after a space and before a word,
    (?P<straight>[^"\n]{1,3000})                  # closed after a word: narration between a closing
    (?:(?<=[^\s"])"(?![^\s.,;:!?)\]—–'’-])          # and an opening mark is no quotation; or ended
     |(?<=[.!?,])(?=[ \xa0]+"[A-Z‘]|$))              # by the next one opening: "A. "B." is two
  | ‘(?<!\w‘)(?P<single>[^‘’\n]{1,500})’(?!\w)    # ‘single’ (an apostrophe inside defeats it)
""", re.X)
# A quotation left open at its paragraph's end, as news does when the next paragraph goes on with the
# same speaker's words ('said: "We will act.' then '"And soon."'): it runs to the end of its line.
OPEN_QUOTE = Lazy(r"""(?:“(?P<curly>[^“”\n]{1,3000})|(?<![^\s(\[—–-])"(?=[^\s"])(?P<straight>[^"\n]{1,3000}))
    (?P<single>(?!))?$""", re.X)
NEXT_OPENS = Lazy(r"[ \xa0]*\n\s*[“\"]")
SENTENCE_BREAK = Lazy(rf"[.!?…][.!?…]*[\"'”’)\]]*{SP}+(?=[\"“‘(]*[{UPPER}0-9])")  # (a class first, not a repeat:
# re skips straight to a full stop; 1.9x faster)


def split_sentences(text: str, lines: tuple) -> list[tuple[int, int]]:
    """(start, end) of each sentence in the given lines; 'Mr.', 'J.D.', 'U.S. officials' and a full
    stop inside a quotation do not end one."""
    out = []
    for start, end in lines:
        pos = start
        marked = QUOTE_MARK.search(text, start, end) or "‘" in text[start:end]  # QUOTE opens with one: else no scan
        quoted = [(q.start(), q.end()) for q in QUOTE.finditer(text, start, end)] if marked else []
        k = 0
        for m in SENTENCE_BREAK.finditer(text, start, end):
            dot = m.start()
            while k < len(quoted) and quoted[k][1] <= dot + 1:
                k += 1
            stop = dot + len(m.group().rstrip(" \xa0"))
            if k < len(quoted) and quoted[k][0] < dot and stop < quoted[k][1]:
                continue  # “I expect ... immediately. We discussed ...” is one sentence
            if text[dot] == ".":  # only a full stop can belong to an abbreviation
                word = text[text.rfind(" ", max(pos, dot - 20), dot) + 1:dot + 1].lstrip("\"'“‘(")
                bare = word[:-1].lower()
                if bare in ABBREVIATIONS or len(bare) == 1 or INITIALS.match(word):
                    nxt = text[m.end():m.end() + 12].split()
                    if not (INITIALS.match(word) and nxt and nxt[0].lower() in STOPWORDS):
                        continue  # "U.S. The" ends a sentence; "U.S. officials" and "Mr. Smith" do not
            out.append((pos, stop))
            pos = m.end()
        if pos < end:
            out.append((pos, end))
    return out


#### Extract: what a figure measures ###########################################################
# Pure: a figure's sentence -> the noun phrase it measures ('quarterly profits at Zorba') and the
# direction of a change, by the first of ABOUT_RULES with a sound answer; else nothing, never a
# fragment. Each rule reads the figure's clause as words: before it, after it, and the clause before.

DIRECTION_TAG = Lazy(r" \((?:up|down)\)$")
# ("after" and "before" open a clause, but "profits after tax" and "profit before exceptional items" are one measure)
ACCOUNTING_ITEMS = r"(?:tax|exceptional|one-off|interest|charges|items|depreciation|amortisation)\b"
LIST_GOES_ON = (rf"{SP}+[a-z]+(?:{SP}+[a-z]+)?{SP}+and{SP}+[a-z]+(?:{SP}+[a-z]+)?{SP}+"
                rf"(?:rose|fell|were|was|grew|increased|dropped|jumped|climbed|declined|slipped|gained|lost)\b")
# ", cafes and hotels rose": the last items of a list, whose head came before the comma
CLAUSE_EDGE = Lazy(
    rf"[;:()\[\]—–]|,(?!\d{{3}})(?!{LIST_GOES_ON})(?:(?<=\bup,)|(?<=\bdown,)|(?!{SP}+from{SP}+[^\s,]{{0,4}}\d))|(?<=[a-z]{{3}})[.!?][\"'”’]*{SP}+(?=[A-Z])"  # a sentence end missed upstream
    rf"|{SP}(?:while|whereas|but|although|though|because|when|if|unless|which,?|who|where"
    rf"|after(?!{SP}{ACCOUNTING_ITEMS})|before(?!{SP}{ACCOUNTING_ITEMS})|as|compared{SP}with|against"
    rf"|and{SP}(?=[a-z]+{SP}(?:rose|fell|was|were))){SP}")
# (", from £35 to £36.20" goes on the clause before: what was upped from it; not after "shot up,": its subject's)
ABOUT_WORDS = 8  # the longest "about" phrase worth printing, in words
# Words between a verb and its figure: "rose by about", "stood at nearly", "was just over".
LINK_SKIPS = _set("""about around nearly almost some roughly approximately over under more less than up down to worth
just estimated least at by from of only also already now still a an the between nearer closer higher lower as
high low in much out off back little sum
above below beyond close strong weak modest healthy record further massive sharp steep slight small big huge
hefty solid robust disappointing better worse expected unexpected annual annualised seasonally adjusted currently""")
DETERMINERS = _set("a an the its their his her this that these those another further our your")
FIGURE_DETERMINERS = DETERMINERS - _set("that this these those") | _set("""additional extra estimated record first second third fourth fifth
biggest largest latest proposed planned""")  # "Ruritania's third $2bn bond sale"
FIGURE_VERBS = FIGURE_LINKS - LINK_FILLERS  # the verbs between a measured thing and its number
REPORTING_VERBS = _set("report post announce record book deliver generate achieve unveil")  # "expected to report"
NP_STOPS = FIGURE_VERBS | COPULAS | SPEECH_WORDS | _set("""will would could may might can should must has have had than and or but
versus vs against compared apiece each respectively despite amid even expect expects think thinks believe believes predict
predicts estimate estimates forecasts require requires required meant wants seeks comes came include includes
showed suggest suggests suggested""")  # ("The firm wants | damages of")
# ("The result comes on | orders up 9%")
# Words that are part of a figure as written ("70 euro cents", "5 per cent"), skipped around it.
UNIT_WORDS = frozenset(CURRENCY_NAMES) | frozenset(MINOR_UNITS) | frozenset(SCALES) | _set(
    "per cent percent percentage points point basis pc euro")  # (not "us": "exports to the US")
AUXILIARY_VERBS = _set("will would could may might shall should can has have had did does do also just now")
TAKE_VERBS = _set("takes take took put puts bring brings brought pushes push pushing sends sent")
# Words of an infinitive's frame between a subject and its verb: "spending is set to rise".
FRAME_WORDS = _set("""to set due expected likely unlikely going forecast predicted projected tipped poised
planning plans planned aims aiming want wants hopes hoping intend intends intended need needs seeking attempting
trying able allowed
is are was were be been being also still now will would could should may might
estimated thought believed reported said understood reckoned feared seen known""")  # "are estimated to have"
PROGRESSIVE = COPULAS | _set("be been being still now also")  # before an -ing verb: "is forecasting"
TIME_NOUNS = _set("year years quarter quarters month months week weeks period half day days season first second")
TIMES_OF_DAY = _set("session morning afternoon evening night today yesterday")
SEASONS = _set("spring summer autumn winter")  # "to peak next spring at 4%"
# -ing words that are nouns or adjectives in a measured thing's name, not verbs: "operating profit".
ING_WORDS = _set("""operating underlying existing leading remaining outstanding growing rising falling asking
trading working selling pricing ruling voting banking manufacturing mining engineering publishing backing
retailing broadcasting building housing spending funding earnings savings financing borrowing lending
holding holdings listing shipping advertising marketing accounting opening closing offering clothing farming
catering printing packaging""")
ING_NOUNS = _set("""spending funding earnings savings financing borrowing lending pricing housing shareholding
building holding holdings trading bookings listing landing shipping advertising marketing backing banking
manufacturing retailing engineering mining publishing broadcasting accounting clothing farming catering printing
packaging gaming computing networking messaging betting gambling logging recycling licensing ceiling ceilings ratings""")
CHANGE_NOUNS = {**dict.fromkeys("""rise rises increase increases gain gains jump growth surge climb expansion hike
                                   hikes""".split(), "up"),
                **dict.fromkeys("""fall falls drop drops decline declines cut cuts reduction slump loss slide dip
                                   contraction""".split(), "down")}
# What an action measures when its subject is who acts: "Zorba spent $5m" -> "spending (Zorba)".
VERB_NOUNS = {**dict.fromkeys("spend spends spent spending".split(), "spending"),
              **dict.fromkeys("acquire acquires acquired".split(), "acquisition"),
              **dict.fromkeys("pay pays paid paying".split(), "payment"),
              **dict.fromkeys("earn earns earned earning".split(), "earnings"),
              **dict.fromkeys("contribute contributes contributed contributing".split(), "contribution"),
              **dict.fromkeys("invest invests invested investing".split(), "investment"),
              **dict.fromkeys("raise raises raised raising".split(), "money raised"),
              **dict.fromkeys("lose loses lost losing".split(), "loss"),
              **dict.fromkeys("borrow borrows borrowed".split(), "borrowing"),
              **dict.fromkeys("sell sells sold selling retails retailed retailing".split(), "sale"),
              **dict.fromkeys("buy buys bought buying purchased".split(), "purchase"),
              **dict.fromkeys("provide provides provided providing".split(), "funding"),
              **dict.fromkeys("seek seeks sought seeking".split(), "request"),
              **dict.fromkeys("give gives gave giving".split(), "gift"),
              **dict.fromkeys("taking took takes taken".split(), "takings"),  # "took $9m in ticket sales"
              **dict.fromkeys("banked".split(), "earnings"),  # "the singer banked $56.5m" (not the noun "bank")
              **dict.fromkeys("owe owes owed".split(), "debt"),
              **dict.fromkeys("save saves saved saving".split(), "savings"),
              **dict.fromkeys("send sends sending".split(), "money sent"),
              **dict.fromkeys("exported exporting".split(), "exports"),
              **dict.fromkeys("imported importing".split(), "imports"),
              **dict.fromkeys("get gets got getting".split(), "money received"),
              **dict.fromkeys("fork forks forked forking".split(), "payment"),  # "fork out £9,000 to own"
              **dict.fromkeys("asked asking".split(), "request"),
              **dict.fromkeys("lend lends lent lending".split(), "loan"),
              **dict.fromkeys("won".split(), "money won"),  # "won £2,450 in damages"; not "won 45%" (a share)
              **dict.fromkeys("fined".split(), "fine"), **dict.fromkeys("charged".split(), "charge"),
              **dict.fromkeys("offer offers offered offering".split(), "offer"),
              **dict.fromkeys("pledge pledges pledged".split(), "pledge"),
              **dict.fromkeys("receive receives received".split(), "money received"),
              **dict.fromkeys("order orders ordered".split(), "order"),
              **dict.fromkeys("allocate allocated earmarked".split(), "allocation"),
              **dict.fromkeys("cost costs costing".split(), "cost"),
              **dict.fromkeys("generate generates generated generating".split(), "revenue"),  # "to generate $26m"
              **dict.fromkeys("donate donated donating".split(), "donation"),
              **dict.fromkeys("award awarded".split(), "award"),
              **dict.fromkeys("make makes made".split(), "profit"),
              **dict.fromkeys("bid bids".split(), "bid"), **dict.fromkeys("floated".split(), "flotation value"),
              **dict.fromkeys("sue sues sued suing".split(), "damages claimed from"),
              **dict.fromkeys("expected expect expects predicted forecast forecasts estimated".split(), "forecast")}
TIME_PHRASE = Lazy(rf"""{SP}*(?:(?:overall|altogether|more|less|higher|lower){SP}+(?=[a-z]))?(
    # "climbed 4% overall this month", "sold 9% more over the past two weeks"
    (?:the{SP}+)?(?:last|this|next|each|per|every|previous|same|prior){SP}+(?:year|month|week|quarter|day|season)
  | the{SP}+(?:year|month|week|quarter|day|season)(?:{SP}+(?:before|earlier)\b)?  # "the month before"
  | for{SP}+the{SP}+(?:full|whole|financial){SP}+year|for{SP}+the{SP}+year{SP}+as{SP}+a{SP}+whole  # "for the full year"
  | in{SP}+each{SP}+of{SP}+the{SP}+(?:past|last|next){SP}+(?:two|three|four|five|\d+){SP}+(?:years|quarters|months)
  | (?:in|for|during){SP}+(?:the{SP}+whole{SP}+of{SP}+)?(?:19|20)\d\d\b   # "in 2004", "for the whole of 2004"
  | in{SP}+the{SP}+(?:first|second|third|fourth|final|last){SP}+(?:quarter|half)(?:{SP}+of{SP}+(?:19|20)\d\d\b)?
      # "in the final quarter of 2004"
  | (?:for|in|during|over){SP}+the{SP}+(?:[\w-]+{SP}+){{0,3}}?(?:years?|quarters?|months?|weeks?|weekends?|period|half)
      (?:{SP}+to{SP}+(?:\d{{1,2}}{SP}+)?[A-Z][a-z]+(?:{SP}+(?:19|20)\d\d\b)?|{SP}+of{SP}+(?:19|20)\d\d\b)?
      # "in the year to March 2005", "for the year to 31 December", "during the last three months of 2004"
  | (?:a|(?:\d+|two|three|four|five|six|seven|eight|nine|ten){SP}+)?{SP}*(?:years?|months?){SP}+(?:earlier|ago|before)\b
  | (?:in|within){SP}+(?:\d+|two|three|four|five|six|seven|eight|nine|ten){SP}+(?:years|months)\b  # "in three years"
  | by{SP}+(?:19|20)\d\d\b                                                                  # "by 2015"
  | in{SP}+(?:{'|'.join(MONTH_NAMES)})\b(?:-[A-Z][a-z]+)?(?:{SP}+(?:19|20)\d\d\b|{SP}+(?:last|this|next){SP}+year)?
      # "in September", "in July-September", "in January 2004", "in January last year"
  | on{SP}+(?:{'|'.join(d.capitalize() for d in WEEKDAYS)})\b
  | since{SP}+(?:the{SP}+(?:weekend|(?:start|beginning|end){SP}+of{SP}+(?:the{SP}+year|(?:19|20)\d\d\b|{'|'.join(MONTH_NAMES)}))
                |(?:19|20)\d\d\b|last{SP}+(?:year|month|week)|(?:{'|'.join(MONTH_NAMES)})\b(?:{SP}+(?:19|20)\d\d\b)?)
      # "since the weekend", "since the start of 2004", "since January"
  | \b(?:month|year|quarter){SP}+on{SP}+(?:month|year|quarter)\b | \bon{SP}+the{SP}+(?:month|year|quarter)\b(?!{SP}+(?:before|earlier))
      # "slipped 0.4% month on month", "climbed 1.2% on the month"
)(?!\w)""", re.X)  # (a whole word: not the "week" of "weekend")


class Clause(NamedTuple):
    """A figure in its clause: the words before it (nearest last) and after it."""
    prior: list  # the words of the clause before this one, in its sentence ("The deal, worth $3bn")
    before: list  # words between the clause's start and the figure
    after: list  # words between the figure and the clause's end (for a count, its noun first)
    unit: str
    at_start: bool  # whether the clause starts the sentence (its first word's capital says nothing)
    vocab: dict  # the article's words as written: a word it also writes in lower case is no name
    named: bool  # whether a name starts the clause (so its first word keeps its capital)
    relative: bool  # whether the clause opens with "which", "that" or "who" (its subject is before it)
    opened: bool = False  # whether the clause opens with a bracket or a dash: "an allowance (£4,745 a year)"
    prior_opens: bool = False  # whether `prior` starts the sentence (its first word's capital says nothing)
    figure: str = ""  # the figure as written: "$1.33", "104.2 yen"
    next_words: tuple = ()  # the words just after the figure, across clause edges: "against the euro"
    described: int = 0  # how many words describe the name that opens the clause: 2 for "Rival carmaker Zorba"
    where: str = ""  # the place a "where" clause is in: "Orlo" of "in Orlo where land values dropped 3%"


def figure_about(text: str, sentence: tuple, start: int, end: int, unit: str, vocab=(),
                 names=frozenset()) -> tuple[str, str]:
    """What a figure measures, from its clause, and the direction of a change: ('quarterly profits at
    Zorba', 'up'), or ('', '') when nothing sound is found."""
    lo, hi = max(sentence[0], start - WINDOW), min(sentence[1], end + WINDOW)
    seg = asides_masked(text, lo, hi, start, end)  # text[lo:hi] with asides blanked: "$2bn (£1bn)"
    left, edge_start, relative, opened = lo, lo, False, False
    where = False
    for m in CLAUSE_EDGE.finditer(seg, 0, start - lo + 12):  # (its look-ahead sees the figure: ", from £35")
        if m.end() > start - lo:
            break
        left, edge_start, relative = lo + m.end(), lo + m.start(), m.group().strip(" ,") in ("which", "that", "who")
        opened, where = m.group().strip() in ("(", "–", "—"), m.group().strip(" ,") == "where"
    edge = CLAUSE_EDGE.search(seg, end - lo)
    after = seg[end - lo:edge.start() if edge else hi - lo].split()
    after = after[:next((i - 1 for i in range(2, len(after)) if plain(after[i - 1]) in CLAUSE_JOINERS
                         and DIGIT.search(after[i]) and part_of_figure(after[i]) and not DIGIT.search(after[i - 2])),
                        len(after))]
    # ("60% were no worse off | and 15% said ...": the next figure's clause is its own)
    if after and after[0].lower() in ("-plus", "-odd"):
        after = after[1:]  # "a £30m-plus bid"
    elif after[:1] == ["-"] and after[1:2] == ["of"]:
        after = after[1:]  # "Nearly a third - 31% - of those polled": a share of them
    elif after and after[0].lower() in ("-a-share", "-per-share"):
        after = ["a", "share"] + after[1:]  # "a 240 pence-a-share bid": a price per share
    elif len(after) > 2 and after[0].lower() in ("to", "or") and unit != "count" and DIGIT.search(after[1]) \
            and part_of_figure(after[1]) and not part_of_figure(after[2]):
        after = after[2:]  # "a 4% to 6% drop in exports": the low end's noun is the high end's
    apposed = unit == "percent" and not after and not seg[left - lo:start - lo].split() \
        and APPOSED_CLOSE.match(seg, end - lo)  # "Nearly a fifth, 19%, agreed", "Most (62%) said"
    if apposed:
        edge = CLAUSE_EDGE.search(seg, apposed.end())
        after = seg[apposed.end():edge.start() if edge else hi - lo].split()
    more = ""
    if unit == "count":
        written = text[start:end].split()
        after = written[-1:] + after  # the counted noun heads what a count measures
        more = next((w.lower() for w in written[1:-1] if w.lower() in MORE_OR_FEWER), "")
    cut = max(0, edge_start - lo - WINDOW // 2)
    prior = seg[cut:edge_start - lo].split()[1 if cut and not seg[cut - 1].isspace() else 0:]  # no half word
    first = left + len(text[left:start]) - len(text[left:start].lstrip())
    before = seg[left - lo:start - lo].split()
    before = [w[:-1] if w.endswith(",") and plain(nxt) == "from" else w  # ("price, | from £35": see CLAUSE_EDGE)
              for w, nxt in zip(before, before[1:] + [""])]
    stop = min(hi, sentence[1])
    before, after = without_level_words(before, after)
    before = list_verb_lowered(before) if left == sentence[0] else before
    c = Clause(prior, before, after, unit, left == sentence[0], vocab, first in names,
               relative, opened, cut == 0 and lo == sentence[0], text[start:end],
               tuple(text[end:word_end(text, min(stop, end + 60), stop)].split()[:ABOUT_WORDS]),
               described_name(text, first, before, names, vocab),
               place_before_where(prior) if where or (before and MOVING_OPENER.fullmatch(plain(before[0]))) else "")
    for before in dict.fromkeys((tuple(without_total(c.before)), tuple(c.before))):  # "a total of" read through first
        found = ruled_about(c._replace(before=list(before)), text, sentence, (start, end), left, hi, more)
        if found[0] == "deal":
            found = (deal_in_clause(text, sentence, start) or found[0]), found[1]
        elif found[0].endswith(" in a deal") and len(found[0].split()) > 3:
            found = (deal_in_clause(text, sentence, start) or deal_for(found[0][:-10])), found[1]
            # "could add 12 more ferries in a deal worth $90m": the deal's worth
        elif found[0].split()[:1] and found[0].split()[0] in TARGETS:
            found = target_of(found[0], before), found[1]
        if found[1] and AS_LEVEL_BEFORE.search(text, max(left, start - 20), start):
            found = found[0], ""  # "could dip as low as 2%": a level the verb reaches, no change by it
        if found[0]:
            return found
    return "", ""


def list_verb_lowered(before: list[str]) -> list[str]:
    """The words opening a sentence with its verb in lower case when they are a list item that opens with it
    ('- Pledged 102bn rupees for ...': a list's verb, read as one; not 'With inflation at 3%')."""
    bullet = 1 if before[:1] in (["-"], ["•"], ["*"]) else 0
    if len(before) > bullet and before[bullet][1:].islower() \
            and (plain(before[bullet]) in VERB_NOUNS or plain(before[bullet]) in FIGURE_VERBS) \
            and plain(before[bullet]) not in FUNCTION_WORDS | STOPWORDS:
        return before[:bullet] + [before[bullet].lower()] + before[bullet + 1:]
    return before


def without_level_words(before: list[str], after: list[str]) -> tuple[list[str], list[str]]:
    """The words around a figure without those that only frame its level: 'up from the present 6.5% level to'
    is 'up from 6.5% to'; 'an increase in sales on the order of 10%' is 'an increase in sales of 10%'."""
    if after[:1] and plain(after[0]) in ("mark", "level") and len(before) > 2 \
            and plain(before[-1]) in ("current", "present") and plain(before[-2]) in ("its", "the", "their"):
        before, after = before[:-2], after[1:]
    if [plain(w) for w in before[-4:]] in ORDER_OF:
        before = before[:-4] + ["of"]
    return before, after


ORDER_OF = (["on", "the", "order", "of"], ["of", "the", "order", "of"], ["in", "the", "order", "of"],
            ["in", "the", "region", "of"])  # a hedge of four words
AS_LEVEL_BEFORE = Lazy(rf"\bas{SP}+(?:high|low){SP}+as{SP}*$")


MOVING_OPENER = Lazy(r"being|[a-z]+ing")  # "... in Orlo, being down by 2%": a clause going on from a place


def place_before_where(prior: list[str]) -> str:
    """Where a 'where' clause is, from the words before it: the place 'in' names ('the steepest drop was in
    Orlo | where' -> 'in Orlo') or the unit 'at' names ('weak sales at its drinks division, | where' ->
    'at its drinks division'); or ''."""
    place = name_before(prior)
    if place and len(prior) > len(place) and plain(prior[-len(place) - 1]) == "in" \
            and plain(place[0]) not in MONTHS and plain(place[0]) not in WEEKDAYS:  # (not "in December")
        return "in " + " ".join(place)
    at = max((i for i, w in enumerate(prior) if plain(w) == "at"), default=-1)
    unit = [w.rstrip(",") for w in prior[at + 1:]] if at >= 0 else []
    if 1 < len(unit) <= 4 and plain(unit[0]) in DETERMINERS and is_noun(unit[-1]) \
            and all(w[:1].islower() and w.isalpha() for w in unit):
        return "at " + " ".join(unit)
    return ""


def word_end(text: str, at: int, limit: int) -> int:
    """`at`, moved on to the end of the word it falls in (at most to `limit`): a window cuts no name short."""
    while at < limit and text[at - 1].isalnum() and text[at].isalnum():
        at += 1
    return at


def described_name(text: str, first: int, before: list[str], names, vocab) -> int:
    """How many words describe the name a clause opens with ('State-owned Zorba', 'Rival carmaker Zorba
    Motors', 'US banking giant Zorba', 'Frenchman Jo Lee', "The world's biggest carmaker Zorba"): a hyphenated
    word, a people's word or a firm noun just before the name (a typed one, or a capitalised word the article
    never writes in lower case); 0 when no name follows them."""
    at, the = first, int(before[:1] == ["The"] and len(before) > 1 and before[1].endswith(("'s", "’s")))
    for i, word in enumerate(before[:4 + 2 * the]):  # ("The country's largest brewer Zorba")
        at = text.find(word, at)
        if at < 0:
            return 0
        if i > the and (at in names or (word[:1].isupper() and word.lower() not in vocab)):
            last = plain(before[i - 1])
            return i if ("-" in last or last in FIRM_DESCRIPTIONS or before[i - 1] in NOT_NAMES) \
                and not any(plain(w) in FUNCTION_WORDS or (plain(w) in STOPWORDS and not w.isupper())
                            for w in before[the:i]) else 0  # ("US", not "us")
        at += len(word)
    return 0


FIRM_DESCRIPTIONS = _set("""firm company group bank business carrier airline retailer insurer maker carmaker giant rival
operator chain conglomerate producer supplier lender brewer drugmaker supermarket""")


def target_of(phrase: str, before: tuple) -> str:
    """A bare target with the measure named last before it: 'unemployment would fall to its 5% goal'
    -> 'unemployment goal'."""
    measure = next((plain(w) for w in reversed(before) if plain(w) in MEASURE_NOUNS and plain(w) not in CHANGE_NOUNS), "")
    named = any(plain(w) in ("for", "of") for w in phrase.split())  # "target for the deficit" says it
    return f"{measure} {phrase}" if measure and not named else phrase


TARGETS = _set("target goal ceiling")  # what a measure is aimed at: named with the measure


def deal_in_clause(text: str, sentence: tuple, start: int) -> str:
    """What a bare deal is, when its sentence opens with a name that orders, buys or signs something
    'in a deal' worth the figure: 'Zorba Air has ordered 30 jets in a $2bn deal' -> 'deal for 30 jets
    (Zorba Air)'; 'Kesta Rail signed an order for 12 trains, in a deal worth $400m' -> 'order for
    12 trains (Kesta Rail)'; else ''."""
    found = IN_A_DEAL.search(text, max(sentence[0], start - 80), min(sentence[1], start + 40))
    words = text[sentence[0]:found.start()].rstrip(" ,").split() if found and found.start() < start else []
    k = next((i for i, w in enumerate(words) if plain(w) in DEALING), len(words))
    subject, rest = words[:k], words[k:]
    while subject and plain(subject[-1]) in AUXILIARY_VERBS | _set("also"):
        subject = subject[:-1]
    name = len(subject) - next((i for i, w in enumerate(reversed(subject)) if not w[:1].isupper() or w.endswith(",")),
                               len(subject))  # (not "On Monday, Zorba")
    subject = subject[name:] if 0 < len(subject) <= 6 else []  # "Budget airline Zorba Air has ...": its name
    if not 0 < len(subject) <= 4 or len(rest) < 2 or len(rest) > 8 \
            or any(w[-1:] in ",;:" or plain(w) in ("that", "which", "who") for w in rest[:-1]):
        return ""
    thing = rest[1:]
    while thing and (plain(thing[0]) in DETERMINERS or plain(thing[0]) == "to"):
        thing = thing[1:]  # "agreed to a buyout": the buyout
    phrase = " ".join(thing) if thing and plain(thing[0]) in AGREEMENTS | DEAL_NOUNS | _set("order orders buyout") \
        else f"deal for {' '.join(thing)}"
    return f"{phrase} ({' '.join(subject)})" if thing else ""


def deal_for(thing: str) -> str:
    """A deal for what a phrase names, its forecast kept in front: 'expected stake in Kesta' -> 'expected
    deal for stake in Kesta'."""
    expected = thing.startswith("expected ")
    words = thing.split()[1 if expected else 0:]
    head = lead_of(words)[-1]
    if not (is_noun(head) or head[:1].isupper()):
        return ""  # ("should be complete within weeks in a deal")
    return ("expected " if expected else "") + "deal for " + " ".join(words)


IN_A_DEAL = Lazy(rf"[ ,]+in{SP}+a{SP}+(?:\S+{SP}+(?:\([^()]*\){SP}+)?)?deal\b")  # "in a $2bn (£1bn) deal", "in a deal"
DEALING = _set("ordered placed signed bought purchased acquired won secured agreed")


def ruled_about(c: Clause, text: str, sentence: tuple, span: tuple, left: int, hi: int, more: str) -> tuple[str, str]:
    """The first of ABOUT_RULES that reads what a figure measures from its clause, as printed: with its
    owner, direction, unit price or per-share sense and its time; ('', '') when none does."""
    (start, end), unit, after = span, c.unit, c.after
    for rule in ABOUT_RULES:
        found = rule(c)
        if found and found[0] and plain(found[0].split()[0]) in HONORIFICS and all(w[:1].isupper() for w in found[0].split()):
            return "", ""  # "Mr Ray added 3p to a stamp": a person named alone measures nothing
        if found and found[0] and rule in OWNED_RULES:
            found = caused_by(found, c) or owned(found, c)
        elif found and found[0] and rule is figure_in_noun:
            found = caused_by(found, c) or found  # "Hurricane Alba caused $2bn of damage"
        elif found and found[0] and rule is object_of_verb:
            found = moved_by(found, c)
        if found and found[0]:
            phrase = tidy_about(found[0], c)
            head = phrase.split()[:next((i for i, w in enumerate(phrase.split()) if i and plain(w) in PREPOSITIONS), None)]
            if phrase and all(plain(w) in SESSION_WORDS for w in head) and [plain(w) for w in head] != ["trade"]:
                # (a bare "trade" is the value traded)
                continue  # "in early trading to 212p", "in early Friday afternoon trading": when, not what
            if phrase and not found[1] and unit != "count" and after and plain(after[0]) in COMPARATIVES:
                found = (found[0], COMPARATIVES[plain(after[0])])  # "orders were 4% higher than"
            if len(phrase.split()) == 2 and phrase.startswith("per ") and phrase.split()[1] in PRICE_UNITS \
                    and unit not in ("percent", "points", "count"):
                phrase = "price " + phrase  # "$50 a barrel", "4.17 dollars per share": a price, per unit
            each = phrase.split(" of ", 1) if unit not in ("percent", "points", "count") else []
            if len(each) == 2 and plain(each[0]) in PRICE_UNITS - _set("share unit") and each[1][:1].strip():
                phrase = f"price of {each[1]} per {plain(each[0])}"  # "A tonne of Orlo coal closed up $1.40"
            if phrase and unit not in ("percent", "points", "count") and [plain(w) for w in after[:2]] in PER_SHARE \
                    and "share" not in phrase:
                phrase += " per share"  # "a profit of 48p per share", "earnings were 12 cents a share"
            elif phrase.startswith("share ") and [plain(w) for w in after[:2]] in PER_SHARE \
                    and unit not in ("percent", "points", "count"):
                words = phrase[6:].split()
                cut = complement_at(words)
                phrase = " ".join(words[:cut] + ["per", "share"] + words[cut:])  # "a 138p a share offer" -> "offer per share"
            elif phrase and unit not in ("percent", "points", "count") and len(after) > 1 \
                    and plain(after[0]) in ("a", "an", "per") and plain(after[1]) in PRICE_UNITS \
                    and plain(phrase.split()[-1]) in LEVEL_WORDS:
                phrase += f" price per {plain(after[1])}"  # "last month's high of 90p a litre": the price's peak
            elif phrase and unit not in ("percent", "points", "count") and len(after) > 1 and " per " not in f" {phrase} " \
                    and ((plain(after[0]) == "per" and (plain(after[1]) in PRICE_UNITS or per_each(after[1])))
                         or (plain(after[0]) in ("a", "an") and plain(phrase.split()[0]) in UNIT_VALUED
                             and plain(after[1]) in PRICE_UNITS)):
                phrase += f" per {plain(after[1])}"  # "running costs were £4.20 per tonne": a unit cost;
                # "values its gold at $45 an ounce": a value per ounce
            elif phrase and unit not in ("percent", "points", "count") and len(after) > 1 \
                    and plain(after[0]) in ("a", "an", "per") and plain(after[1]) in RATE_TIMES \
                    and not (len(after) > 2 and plain(after[2]) in ("ago", "earlier", "before", "later")) \
                    and not any(plain(w) in PERIODIC or plain(w) in TIME_NOUNS or plain(w) in ("per", "a", "an")
                                for w in phrase.split()):  # (not "$40m a year ago", nor "in the past four years")
                phrase = timed(phrase, f" per {plain(after[1])}")  # "a basic wage of £6 an hour", "earn £300 a week"
            phrase = in_unit_that_saw(phrase, c)
            if more and phrase and phrase.split()[0] == after[0]:
                phrase = f"{more} {phrase}"  # "1,200 fewer permits were issued" -> "fewer permits issued"
            if phrase:
                when = TIME_PHRASE.match(text, end + len(CONVERSION_AFTER.match(text, end, hi)[0]), hi) \
                    or fronted_time(text, sentence[0], left) or time_before(text, left, start)
                if when and unit != "count" and len(phrase.split()) < ABOUT_WORDS and not period(phrase) \
                        and " ".join(when[1].split()) not in phrase \
                        and not (phrase.startswith("annual ") and when[1].split()[-1:] == ["year"]):
                    # (not "for the first half for the first half", nor "annual growth ... every year")
                    phrase = timed(phrase, " " + " ".join(when[1].split()))
                first = TIME_OWNED.match(phrase)
                phrase = them_named(timed(first[2], " " + first[1]) if first else phrase, c)
                return phrase, found[1]  # "next year's profits": a time owns nothing: "profits next year", for an
                # owner to be put
    return "", ""


UNIT_VALUED = _set("value valuation price prices cost costs")  # what "a tonne" after a sum gives per unit


def them_named(phrase: str, c: Clause) -> str:
    """A phrase with its 'them' as the plural noun it stands for, the nearest before the figure's clause
    that the phrase does not name already ('30% saw orders rise and 27% saw them fall' -> '... saw
    orders fall'), else as it is."""
    words = phrase.split()
    if "them" not in words:
        return phrase
    noun = next((plain(w) for w in reversed(c.prior + c.before)
                 if w[:1].islower() and plain(w).endswith("s") and not plain(w).endswith("ss") and is_noun(w)
                 and plain(w) not in FUNCTION_WORDS and plain(w) not in words), "")
    return " ".join(noun if w == "them" else w for w in words) if noun else phrase


def per_each(word: str) -> bool:
    """Whether the word after 'per' names what each sum is for: 'per remittance', 'per person' (not 'per
    annum', 'per cent': a time or a part of the figure)."""
    w = plain(word)
    return word[:1].islower() and w.isalpha() and w not in PER_TIME and w not in ("cent", "centum") and is_noun(w)


def in_unit_that_saw(phrase: str, c: Clause) -> str:
    """A measure a unit 'saw' change in a 'which' clause, said in that unit: 'the textile trade, which saw
    output fall 2.1%' -> 'output in the textile trade' (a name's is its own, said by the owner passes)."""
    if not (phrase and c.relative and c.prior and [plain(w) for w in c.before[:1]] in (["saw"], ["sees"])
            and len(c.before) > 1 and phrase.split()[0] == plain(c.before[1])):
        return phrase
    unit_of = undetermined(noun_phrase_before([w.rstrip(",") for w in c.prior if w not in DASHES]))
    if unit_of and all(w[:1].islower() for w in unit_of) and is_noun(unit_of[-1]) and len(unit_of) <= 3:
        return f"{phrase} in the {' '.join(unit_of)}"
    return phrase


def without_total(before: list[str]) -> list[str]:
    """The words before a figure without a 'a total of' or a hedge ending on 'of' that says nothing of
    what it measures: 'agreed to pay a total of $5m' is read as 'agreed to pay $5m' (a payment); 'A total
    of 9bn pesos is earmarked for' as '9bn pesos is earmarked for'; 'the price tag - upwards of $900
    above' as 'the price tag - $900 above'."""
    k = len(before)
    while k and plain(before[k - 1]) in HEDGES:
        k -= 1
    for end in dict.fromkeys((k, len(before))):  # ("more or less": its hedge is its last word)
        for phrase in TOTAL_WORDS:
            if end >= len(phrase) and [plain(w) for w in before[end - len(phrase):end]] == phrase:
                return before[:end - len(phrase)] + before[end:]
    return before


TOTAL_WORDS = (["a", "total", "of"], ["a", "sum", "of"], ["upwards", "of"], ["in", "excess", "of"],
               ["in", "the", "region", "of"], ["in", "the", "order", "of"], ["something", "like"],
               ["more", "or", "less"])  # words before an amount that say nothing of what it measures


FRONT_TIME = Lazy(TIME_PHRASE.pattern + rf",{SP}*", re.X)  # "In 2009, its shares fetched 85p"
LINK_BEFORE = Lazy(rf"""{SP}+(?:to|by|at)(?:{SP}+(?:about|around|nearly|almost|just|some
  |more{SP}+than|less{SP}+than|a{SP}+record|an{SP}+estimated))?{SP}*$""", re.X)  # " to", " by about": TIME_BEFORE's end
TIME_BEFORE = Lazy(TIME_PHRASE.pattern + LINK_BEFORE.pattern, re.X)  # "sales doubled in 2010 to $40m"


def timed(phrase: str, when: str) -> str:
    """A phrase with its time, before the actor's tag: 'earnings (GM)', ' in 2003' -> 'earnings in 2003 (GM)'."""
    actor = ACTOR_TAG.search(phrase)
    return phrase[:actor.start()] + when + actor[0] if actor else phrase + when


def time_before(text: str, left: int, start: int):
    """The period between a figure's verb and the figure ('sales doubled in 2010 to $40m'), or None;
    not another figure's ('from 5% in 2004 to 4.25%')."""
    lo = max(left, start - 60)
    when = TIME_BEFORE.search(text, lo, start) if LINK_BEFORE.search(text, lo, start) else None  # (cheap test first)
    previous = " ".join(text[left:when.start()].split()[-3:]) if when else ""  # ("5bn euros in 2014 to")
    return None if not when or any(ch.isdigit() for ch in previous) else when


def fronted_time(text: str, start: int, left: int):
    """The period a sentence opens with, set off by a comma, when the figure's clause follows it ('In
    2010, the club lost $4m'), or None; not the day of the news ('On Monday, ...', 'Last week, ...')."""
    head = text[start:left]
    when = FRONT_TIME.fullmatch(head[:1].lower() + head[1:]) if 0 < left - start < 40 else None
    return None if not when or NEWS_DAYS.search(when[1]) else when


NEWS_DAYS = Lazy(rf"\b(?:weeks?|days?|{'|'.join(d.capitalize() for d in WEEKDAYS)})\b")


def owned(found: tuple[str, str], c: Clause) -> tuple[str, str]:
    """A count or a price with the name whose deed it is, when a name is the subject of an active verb:
    'Zorba will cut 300 jobs' -> 'jobs cut by Zorba'; 'Family-run Zorba bought a ferry for $40m' ->
    "Zorba's purchase of ferry". A phrase that names someone already is kept (a name in its complement
    is no owner: 'purchase of Yelco'), and so is what a name has or receives ('Zorba has 900 staff',
    'Zorba was granted 30 patents')."""
    phrase, verb = found[0].rstrip(",.;:"), found[1]
    owner = clause_owner(c) or coordinated_owner(c)
    words = phrase.split()
    held = c.unit == "count" and not verb and len(words) > 2 and plain(words[0]).rstrip("s") in PRICE_UNITS \
        and words[1] == "of" and len(c.before) > 1 and plain(c.before[-1]) in ("has", "have", "had")
    holder = owner or (" ".join(c.before[1:-1]) if held and plain(c.before[0]) == "the" and len(c.before) <= 5
                       and all(w[:1].isupper() for w in c.before[1:-1]) else "")
    if held and holder:  # "The Orlo Bank has 40 kilos of tin" -> "kilos of tin held by Orlo Bank" (as with "holds")
        return f"{phrase} held by {holder}", ""
    if not owner or owner in phrase \
            or any(w[:1].isupper() or w.endswith(("'s", "’s", "s'")) for w in lead_of(phrase.split())):
        return found  # (a name after a preposition is no owner: "purchase of Zorba Foods by Yelco")
    when = period(phrase)
    if c.unit == "count" and verb in ("up", "down"):
        return f"{possessive(owner)} {phrase}", verb  # "Zorba will cut output by 900 cars": a change of its output
    if c.unit == "count" and verb and verb not in RISE_WORDS:  # (not "shot up 50 yards")
        done = verb if verb in PAST_PARTICIPLES else participle(verb)
        core = phrase[:-len(when)].rstrip() if when and phrase.endswith(when) else phrase
        return (f"{core} {done} by {owner}" + (f" {when}" if core != phrase else ""), "") if done else found
    core = words[:-2] if len(words) > 3 and words[-2] == "per" else words  # ("barrels produced | per day")
    last = plain(core[-1])
    if c.unit == "count" and not verb and (last in PAST_PARTICIPLES or last.endswith("ed")) and last not in NOT_DEEDS:
        return " ".join(core + ["by", owner] + words[len(core):]), ""  # "Zorba employs 900 staff" -> "staff employed by Zorba"
    done = next((j for j in (1, 2) if j + 1 < len(core) and plain(core[j + 1]) in PREPOSITIONS
                 and (plain(core[j]) in PAST_PARTICIPLES or plain(core[j]).endswith("ed")) and plain(core[j]) not in NOT_DEEDS), 0)
    if c.unit == "count" and not verb and done:  # "Zorba is recalling 900 cars in the US" -> "cars recalled by Zorba in the US"
        return " ".join(core[:done + 1] + ["by", owner] + words[done + 1:]), ""
    deed = next((plain(w) for w in c.before[c.described + len(owner.split()):]
                 if plain(w) not in AUXILIARY_FORMS and plain(w) not in SUBJECT_ADVERBS), "")
    acted = participle(deed) if c.unit == "count" and not verb and (is_verb(deed) or deed.endswith("s")) else ""
    if acted in FIRM_DEEDS and len(words) > 1 and plain(words[1]) not in PREPOSITIONS:
        return " ".join(words[:1] + [acted, "by", owner] + words[1:]), ""  # "Zorba employs 900 people worldwide"
    if phrase.split()[0] in DEAL_NOUNS and deed in MAKING | SELLING:  # (not "has received a takeover offer")
        return f"{possessive(owner)} {phrase}", verb
    if phrase.split()[0] in BIDS | AGREEMENTS and deed in MAKING and not {"from", "by"} & set(phrase.split()):
        return f"{possessive(owner)} {phrase}", verb  # "Zorba has tabled a bid worth $2bn for Kesta" -> "Zorba's bid"
    if phrase.split()[0] in PENALTIES:
        return f"{possessive(owner)} {phrase}", verb  # "Zorba must pay a $2m fine" -> "Zorba's fine"
    if plain(lead_of(words)[-1]) in CLAIM_NOUNS - _set("bill bills") and deed in FACING:
        return f"{phrase} faced by {owner}", verb  # "Zorba faces a $5m tax claim": not its own (but "Zorba's bill")
    return found


def pronoun_subject(c: Clause) -> str:
    """The plural subject that 'their' points back to in the object of its verb ('Dutch households
    cut their borrowing by 4%' -> 'Dutch households'), or ''."""
    k = first_verb_of(c.before)
    if k is None or k >= len(c.before) - 1 or plain(c.before[k + 1]) != "their":
        return ""
    subject = noun_phrase_before(c.before[:k])
    plural = subject and plain(subject[-1]).endswith("s") and is_noun(plain(subject[-1])) and len(subject) == k \
        and all(w[:1].islower() or w in DEMONYMS or (not i and c.at_start and common_opener(w, c))
                for i, w in enumerate(subject))  # (the whole clause before the verb: "Consumers cut their")
    if plural and subject[0][:1].isupper() and subject[0] not in DEMONYMS:
        subject = [subject[0].lower()] + subject[1:]  # a sentence's capital says nothing
    return " ".join(subject) if plural else ""


def coordinated_owner(c: Clause) -> str:
    """The name that opens the sentence as its subject when the figure's clause goes on from it with
    'and' and a verb ('Zorba has billed it as the best | and has sold 800,000 units'), or ''."""
    k = next((i for i in range(len(c.before) - 1) if plain(c.before[i]) == "and"
              and (plain(c.before[i + 1]) in AUXILIARY_FORMS or is_verb(c.before[i + 1]))), None)
    if k is None or not c.prior_opens or not c.prior or any(w.endswith((",", ";")) for w in c.before[:k]):
        return ""
    j = next((i for i, w in enumerate(c.prior) if not w[:1].isupper() or plain(w) in NAME_JOINERS), len(c.prior))
    name = c.prior[:j]
    if not name or j == len(c.prior) or not (plain(c.prior[j]) in AUXILIARY_FORMS or is_verb(c.prior[j])) \
            or common_opener(name[0], c) or len(name) > 4:
        return ""
    return " ".join(name)


def lead_of(words: list[str]) -> list[str]:
    """A phrase's words before its first preposition, where its owner would stand: 'trade with the EU' -> ['trade']."""
    return words[:next((i for i, w in enumerate(words) if i and plain(w) in PREPOSITIONS_WITH), len(words))]


def moved_by(found: tuple[str, str], c: Clause) -> tuple[str, str]:
    """A measure a name moves or sets, with the name as its owner: 'Japan cut interest rates to 0.5%'
    -> "Japan's interest rates"; a phrase that names someone already is kept."""
    owner = clause_owner(c) or pronoun_subject(c)
    if not owner or c.unit == "count" or any(w[:1].isupper() or "'" in w or "’" in w or plain(w) in POSSESSIVES
                                            for w in found[0].split()):
        return found
    if found[0].startswith("value of "):
        return f"{possessive(owner)} valuation of {found[0][9:]}", found[1]  # the valuer's, not the owner's
    return f"{possessive(owner)} {found[0]}", found[1]


def caused_by(found: tuple[str, str], c: Clause) -> tuple[str, str] | None:
    """A sum of harm with what caused it, when its verb is one of causing and its subject stands before
    ('The flood caused damage of $2bn' -> 'damage caused by the flood'; 'Storm Alba killed 40 people and
    caused $2bn of damage' -> 'damage caused by Storm Alba'), else None."""
    words = [plain(w) for w in c.before]
    k = next((i for i in range(len(words) - 1, max(-1, len(words) - 6), -1) if words[i] in CAUSING), None)
    if k is None or found[1] or " by " in f" {found[0]} " \
            or not all(w in HEDGES or w in DETERMINERS or w in ("of", "worth") or w in found[0].split()
                       for w in words[k + 1:]):
        return None  # (the verb governs the sum or its noun: "caused | damage of about", "caused | more than")
    j = k - 1 if k and words[k - 1] == "and" else k  # "killed 40 people and | caused": the first verb's subject
    subject = noun_phrase_before(c.before[:first_verb_of(c.before) or 0]) if j < k else noun_phrase_before(c.before[:k])
    if not subject or any(part_of_figure(w) for w in subject) or plain(subject[-1]) in PRONOUNS:
        return None
    subject = [subject[0].lower()] + subject[1:] if c.at_start and subject[0] in ("The", "A", "An") else subject
    return f"{found[0]} caused by {' '.join(subject)}", ""


CAUSING = _set("caused causes cause causing inflicted inflicts wrought")  # a harm's verb: who or what did it


def clause_owner(c: Clause) -> str:
    """The name that opens a clause as the subject of its first verb ('Zorba will cut'), or ''."""
    if not (c.named or c.described) or c.relative:
        return ""
    c = c._replace(before=c.before[c.described:])  # (the name, not "State-owned" before it)
    k = next((i for i, w in enumerate(c.before) if w[:1].islower() and plain(w) not in NAME_JOINERS), len(c.before))
    adverbs = next((i for i in range(k, len(c.before)) if plain(c.before[i]) not in SUBJECT_ADVERBS), len(c.before)) - k
    verb = c.before[k + adverbs] if k + adverbs < len(c.before) else ""  # "Zorba already faces"
    last = max((j for j in range(k, len(c.before)) if is_verb(c.before[j]) or plain(c.before[j]) in PAST_PARTICIPLES),
               default=k)
    present = plain(verb).endswith("s") and all(plain(w) in HEDGES for w in c.before[k + 1:])
    # "Zorba employs | 900 staff", "Orlo exports about | 40,000 tonnes"
    if not 0 < k <= 4 or not (plain(verb) in AUXILIARY_FORMS or is_verb(verb) or present or plain(verb) in FACING) \
            or any(part_of_figure(w) for w in c.before[:k]) \
            or (plain(c.before[last - 1]) in PROGRESSIVE and not plain(c.before[last]).endswith("ing")) \
            or (adverbs and not (plain(verb) in FACING or plain(verb) in AUXILIARY_FORMS)):
        return ""  # (not "Zorba was granted 30 patents": what it received; but "Zorba is recalling 900 cars")
    return " ".join(c.before[:k]).rstrip(",;:")


OWNED_RULES = ()  # filled below ABOUT_RULES
DEAL_NOUNS = _set("purchase sale acquisition takeover")
SELLING = _set("sold sell sells selling agreed")
BIDS = _set("bid offer deal stake")  # the subject's, when it makes, wins or signs it (not "Zorba rejected a bid")
MAKING = _set("""made make makes making won win wins tabled table tables submitted submit launched launch launches signed
sign signs agreed agree agrees placed place places raised raise raises increased took take takes bought buy buys
acquired fund funds funding mount mounts mounting""")
PENALTIES = _set("fine fines penalty penalties")  # the subject's, whether it pays, faces or is ordered to pay it
FACING = _set("face faces faced facing")  # a claim or a bill the subject has to meet
NEEDED = _set("needed required")  # after a noun, what is needed of it: "the cash needed"
NOT_DEEDS = _set("involved needed required wanted expected invited")  # a participle that is no deed of the subject
NAME_JOINERS = _set("of & and")


MORE_OR_FEWER = _set("more fewer extra additional")  # a count that is a difference: "3,000 more jobs"
APPOSED_CLOSE = Lazy(rf"{SP}*[,)]{SP}*(?=[a-z])")  # a share set off by commas or brackets, then what it does
CONVERSION_AFTER = Lazy(rf"(?:{SP}*\([^()\n]{{1,40}}\))?")  # "£3.24bn ($6.13bn) | in 2003"
PER_SHARE = (["per", "share"], ["a", "share"])  # "a profit of 48p per share", "12 cents a share"
PRICE_UNITS = _set("""share barrel tonne ton ounce litre liter gallon kilo kilogram kg unit ticket seat night gigajoule
therm kwh mwh kilowatt-hour megawatt-hour""")
COMPARATIVES = {**dict.fromkeys("higher more above up bigger greater larger stronger firmer dearer".split(), "up"),
                **dict.fromkeys("lower less below down smaller fewer cheaper weaker softer".split(), "down")}


BRACKETED = Lazy(rf"{SP}*\([^()\n]{{1,60}}\)")  # "$2bn (£1bn)"
ASIDE = Lazy(rf"""{SP}*\([^()\n]{{1,60}}\)                    # "$2bn (£1bn)"
  | {SP}+(?:--|[-–—]){SP}+(?:[^-–—\n]|\b-\b){{1,80}}?{SP}+(?:--|[-–—])(?={SP})  # "Zorba - the second-biggest firm - sold"
  | ,{SP}+(?:which|who){SP}[^,;\n]{{1,80}},                          # "the sector, which accounts for most,"
  | ,{SP}*(?:however|meanwhile|though|too|also|instead|nevertheless|therefore|so\ far),     # ", however,"
  | \bas{SP}+(?:much|many|high|low|little|few|recently|long|early|late|great|large)(?:{SP}+as)?\b  # as much as
  | ,{SP}+including{SP}+(?=[$£€¥\d])[^,;\n]{{1,60}},                 # ", including $3m of its own cash,"
  | ,{SP}+(?:the|a|an|its|his|her|their|on|in|at|for|by|as|according{SP}to|however|meanwhile){SP}
      (?:(?!(?<!that\ )(?<!which\ )(?<!who\ )\b(?:is|was|are|were)\b)[^,;\n]){{1,60}},
      # (not ", the rate is 11.7%,": a clause; but ", the firm that is hoping to win it,")
      (?!{SP}*(?:which|who){SP})                                  # ", the firm,", ", as expected,"; not an antecedent
""", re.X)


def asides_masked(text: str, lo: int, hi: int, start: int, end: int) -> str:
    """text[lo:hi] with its asides blanked out, offsets kept: a parenthesis ("$2bn (£1bn) offer") or a
    dashed aside ("Zorba - the biggest firm - sold"), unless the figure itself is in it."""
    seg = text[lo:hi]
    for m in ASIDE.finditer(seg):
        if not (m.start() <= start - lo < m.end()):
            seg = seg[:m.start()] + " " * (m.end() - m.start()) + seg[m.end():]
        elif "(" in m.group():  # a bracket inside the figure's own aside: ", who ran a $2bn (£1bn) fraud,"
            for inner in BRACKETED.finditer(seg, m.start() + 1, m.end()):
                if not (inner.start() <= start - lo < inner.end()):
                    seg = seg[:inner.start()] + " " * (inner.end() - inner.start()) + seg[inner.end():]
    return seg


def plain_word(word: str) -> str:
    """A word without edge punctuation, in lower case: 'Profits,' -> 'profits'."""
    return word.strip(EDGE_PUNCT).lower()


plain = Memo(plain_word).__getitem__  # plain_word, worked out once a word: the rules ask it of each word often


COUNTING_WORDS = frozenset(UNITS_WORDS + TEENS_WORDS + TENS_WORDS) | _set("hundred")  # "up four pence at"


def complement_at(words: list[str]) -> int:
    """Where a noun phrase's complement begins: its first preposition after its first word
    ('capacity | of the company'), else its length; the word before it is the phrase's head."""
    return next((i for i, w in enumerate(words) if i and plain(w) in PREPOSITIONS), len(words))


def part_of_figure(word: str) -> bool:
    """A word of a figure as written: '$5m', '70', 'euro', 'cents', 'per', 'cent'."""
    return bool(DIGIT.search(word)) or plain(word) in UNIT_WORDS or word in ("%", "-", "–")


def noun_word(word: str) -> bool:
    """A lower-case word that can head a noun phrase ('profits', 'stake', 'spending', "country's")."""
    w = plain(word)
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    if not (w.replace("-", "").isalpha() or (w[:1].isalpha() and "-" in w and w.replace("-", "").isalnum())) \
            or word.strip(EDGE_PUNCT)[:1].isupper():
        return False  # (but "over-55s" is a noun)
    if w in ING_NOUNS:
        return True
    return w not in NP_STOPS and w not in STOPWORDS and not w.endswith(("ing", "ly", "ed"))


is_noun = Memo(noun_word).__getitem__  # noun_word, worked out once a word: the phrase rules ask it of the same words often


LEAD_QUANTIFIERS = _set("all most total")  # may open a noun phrase: "total sales"


NO_MODIFIERS = NP_STOPS | PREPOSITIONS | DETERMINERS | _set("and or but than that")  # never modify a noun


def noun_run(words: list[str], names: bool = False) -> list[str]:
    """The noun phrase at the start of `words`, with its complement: 'offer for Zorba', 'stake in the
    carrier', 'jobs at its plant'; it stops at a verb, a second figure or the clause's end. With
    `names`, it may open with a determiner or a name ('the carrier', 'Zorba')."""
    lead = []
    while names and words and (plain(words[0]) in DETERMINERS or plain(words[0]) in LEAD_QUANTIFIERS):
        lead, words = lead + words[:1], words[1:]
    if not words:
        return []
    modifier = (len(words) > 1 and words[0][:1].islower() and plain(words[0]).replace("-", "").isalpha() and is_noun(words[1])
                and (plain(words[0]) not in NO_MODIFIERS
                     or ((plain(words[0]).endswith("ed") or plain(words[0]) in PAST_PARTICIPLES)
                         and plain(words[1]).endswith("s"))))  # "in reported donations", "in lost reserves"
    # "accounting scandal", "back tax bill"
    if not (is_noun(words[0]) or (names and words[0][:1].isupper()) or measured(words[0]) or modifier):
        return []  # ("the 0.6% forecast": a measure noun that is also a verb)
    out = [words[0]]
    for i, w in enumerate(words[1:], 1):
        b = plain(w)
        after_function = plain(out[-1]) in DETERMINERS or plain(out[-1]) in PREPOSITIONS  # "the value", "of cuts"
        opened = possessed(out)  # "Wembley's operating profit", "the farm's present value": a noun to come
        then = plain(words[i + 1]) if i + 1 < len(words) else ""
        before_verb = (b in FIGURE_VERBS or b in SPEECH_WORDS) and (then in AUXILIARY_VERBS or then in COPULAS)
        # "an offshore account | did", "80% of parking fines | were"
        coordinated = b in ("and", "or") and i + 2 < len(words) and out[-1][:1].islower() \
            and words[i + 1][:1].islower() and is_noun(words[i + 1]) and is_noun(words[i + 2]) \
            and not part_of_figure(words[i + 1]) and plain(words[i + 1]) not in COUNTING_WORDS \
            and plain(words[i + 2]) not in LINK_SKIPS  # "oil and gas projects"; not "capacity and generate big bills"
        if opened and b in ("over", "under") and AGE_PLURAL.fullmatch(then):
            out += [w, words[i + 1].rstrip(",.;:")]  # "America's over 65s": an age group after a possessive
            break
        if opened and part_of_figure(w) and out[-1].endswith(("'s", "’s")):
            continue  # "9% of the region's | 4 million | adults": its adults (the count is a figure of its own)
        if part_of_figure(w) or not b or (b in NP_STOPS and not after_function and not before_verb and not coordinated
                                          and not compound(words, i) and not (opened and measured(w))) \
                or b in DID \
                or out[-1].endswith((",", ".", ";", ":", "?", "!")):
            break
        last = plain(out[-1])
        if is_noun(w) and last.endswith("s") and not last.endswith(("ss", "us", "is")) and last not in SINGULAR_S \
                and not out[-1].endswith(("'", "’", "'s", "’s")) and last not in ING_NOUNS \
                and (is_noun(out[-1]) or (out[-1] in DEMONYM_PLURALS and w[:1].islower())) \
                and "-" not in last:  # (a compound is a modifier: "the with-profits fund")
            break  # "firms expect growth": a plural noun, then a verb
        if b.endswith("s") and not last.endswith("s") and is_noun(out[-1]) and is_noun(w) \
                and (then in NP_OPENERS or (then.endswith("ly") and then.isalpha())):
            break  # "the surcharge applies only to", "the firm expects a": a verb after a singular noun
        modifying = b.endswith("ed") and plain(out[-1]) in PREPOSITIONS and is_noun(then) and not then.endswith("ed")
        # ("cases of | reported fraud": a participle before its noun)
        if plain(w).endswith("ed") and not w[:1].isupper() and "-" not in w and not modifying:  # ("state-owned firms")
            break
        if (b.endswith("ly") and len(b) > 4 and b not in LY_ADJECTIVES or b in VERB_ADVERBS) and w[:1].islower() \
                and is_noun(out[-1]) and plain(out[-1]) not in DETERMINERS and then and then not in PREPOSITIONS:
            break  # an adverb after a noun opens its verb: "searchers | usually find", "over-55s | always vote"
        if plain(out[-1]) == "to" and w[:1].islower() and plain(w) not in DETERMINERS:
            out.pop()
            break  # "an offer to buy": an infinitive, not "exports to the US"
        if b == "to" and out[-1][:1].isupper() and "".join(words[i + 1:i + 2])[:1].isupper() and held_in(out):
            break  # "sold its stake in Zorba | to Kesta": to whom the stake went, not which stake
        if b in RELATIVES and is_noun(out[-1]):
            break  # "a fraud | that eventually sank the firm": a relative clause, not the noun's complement
        if b in PREPOSITIONS and adverbial(words, i):
            break  # "cut its stake in half", "a loan in return for": how or why, not what
        if b.endswith(("ed", "ing")) and b not in ING_NOUNS and not w[:1].isupper() and "-" not in b \
                and not (opened and b in ING_WORDS) and not ing_modifier(words, i) and not modifying:
            break  # a verb; not an adjective: "the non-voting shares", "loss-making units"
        out.append(w)
        if len(out) >= ABOUT_WORDS:
            break
    return lead + run_end(out, words)


def ing_modifier(words: list[str], i: int) -> bool:
    """Whether words[i], an '-ing' word after a word that is no noun, modifies the singular noun after it:
    'the handheld gaming market'; not 'firms making cars', 'a bank lending money'."""
    after = words[i + 1] if i + 1 < len(words) else ""
    return plain(words[i]).endswith("ing") and after[:1].islower() and is_noun(after) and not plain(after).endswith("s") \
        and i > 0 and not is_noun(words[i - 1]) and plain(words[i - 1]) not in DETERMINERS


VERB_ADVERBS = _set("always never often sometimes seldom ever")  # adverbs without -ly that open a verb phrase


def run_end(out: list[str], words: list[str]) -> list[str]:
    """A noun run `out` of `words` without what cannot end it: a name that opens a relative clause ('the
    people Zorba | questioned'), a preposition, a determiner or a pronoun ('copies since it')."""
    stop = words[len(out)] if len(out) < len(words) else ""
    j = max((k for k, x in enumerate(out) if x[:1].islower()), default=-1)
    verb_s = plain(stop).endswith("s") and not plain(stop).endswith("ss") and not measured(stop) \
        and plain(stop) not in STOPWORDS
    if stop[:1].islower() and (plain(stop).endswith("ed") or verb_s) and 0 <= j < len(out) - 1 and is_noun(out[j]):
        del out[j + 1:]  # (also "the 2-4% band Kesta | expects")
    while len(out) > 1 and (plain(out[-1]) in PREPOSITIONS or plain(out[-1]) in DETERMINERS
                            or plain(out[-1]) in RUN_CUTS and plain(out[-2]) not in TIME_NOUNS  # (not "a year before")
                            or out[-1] in RELATIVE_TAILS):  # "the boat yard it | does not run"
        out.pop()
    if len(out) > 3 and plain(out[-3]) in ("by", "at", "until", "before") and plain(out[-2]) == "the" \
            and plain(out[-1]) in ("end", "start", "beginning", "close", "middle"):
        del out[-3:]  # "pupils in new schools by the end | of 2012": a time, cut off by the year
    return out


AGE_PLURAL = Lazy(r"\d+s")  # "over 65s"
RUN_CUTS = _set("without with despite after before since until than while")  # "costs without | cutting jobs"


# Prepositional phrases that say how or why, never what a figure measures: "cut its stake | in half".
ADVERBIAL_PHRASES = _set("""in-half in-return in-turn in-total in-all in-full in-part in-cash in-effect in-addition
in-response in-order in-line in-exchange in-fact in-particular in-general in-a-bid in-an-attempt in-an-effort in-a-move
on-average at-least at-once by-far for-now as-well as-part under-control under-way in-check on-track on-course""")


def adverbial(words: list[str], i: int) -> bool:
    """Whether words[i] opens one of ADVERBIAL_PHRASES (not "in all | countries")."""
    two = "-".join(plain(w) for w in words[i:i + 2])
    three = "-".join(plain(w) for w in words[i:i + 3])
    return (two in ADVERBIAL_PHRASES and not (i + 2 < len(words) and is_noun(words[i + 2]))) \
        or (two in ("in-a", "in-an") and three in ADVERBIAL_PHRASES)


def possessed(words: list[str]) -> bool:
    """Whether `words` end in a possessive, or in a possessive and one modifier, so that a noun is
    still to come: "Wembley's | operating profit", "the farm's present | value"."""
    owner = lambda w: w.endswith(("'s", "’s", "s'", "s’"))
    modifier = len(words) > 1 and owner(words[-2]) and words[-1][:1].islower() \
        and not plain(words[-1]).endswith("s") and plain(words[-1]) not in NP_STOPS
    return bool(words) and (owner(words[-1]) or modifier)


VERB_HEDGES = _set("almost nearly")  # between a subject and its verb: "would almost double"


DETERMINERS_OR_OF = DETERMINERS | _set("of")


def noun_phrase_before(words: list[str]) -> list[str]:
    """The noun phrase that ends `words`: back to a verb, a speech frame or the clause's start
    ('Regulators imposed a fine' -> 'fine'; 'Quarterly profits at Zorba' whole); its head kept."""
    while words and (plain(words[-1]) in AUXILIARY_VERBS or plain(words[-1]) in FRAME_WORDS
                     or (plain(words[-1]) in VERB_HEDGES and len(words) > 1)  # "spending would almost (double)"
                     or (plain(words[-1]) in ("there", "here") and len(words) > 1)  # "sales there fell 16%"
                     or plain(words[-1]) in QUANTIFIERS or (plain(words[-1]).endswith("ly") and words[-1][:1].islower())
                     or (plain(words[-1]) in VERB_ADVERBS and len(words) > 1)  # "its share has always (stayed)"
                     or (plain(words[-1]) in ("far", "than") and len(words) > 1 and plain(words[-2]) in ("so", "more", "less"))):
        if plain(words[-1]) in ("far", "than"):
            words = words[:-1]  # "sales so far have been", "sales should more than (double)"
        words = words[:-1]  # "Zorba will (spend)", "imports were (valued at)", "spending is set to (rise)"
    k = len(words)
    while k and not ((plain(words[k - 1]) in NP_STOPS and not names_joined(words, k - 1) and not compound(words, k - 1)
                      and not nouns_joined(words, k - 1)
                      and not (k == len(words) and (plain(words[k - 1]) in NOUN_VERBS or plain(words[k - 1]) in CHANGE_NOUNS)
                               and k > 1
                               and words[k - 2][:1].islower() and plain(words[k - 2]) not in NP_STOPS_OR_PREPOSITIONS)
                      # "total claims", "spending rises"; not "the deficit to | fall"
                      and not (plain(words[k - 1]) in NOUN_VERBS and k < len(words)
                               and plain(words[k]) in ("for", "of"))
                      # ("Forecasts for Japanese growth": a noun before its complement)
                      and not reduced_relative(words, k - 1) and not noun_of(words, k - 1) and not partner_of(words, k - 1))
                     or plain(words[k - 1]) in ("that", "said", "says")
                     or (part_of_figure(words[k - 1]) and not currency_named(words, k - 1) and not per_unit(words, k - 1)
                         and not (k > 1 and words[k - 1].isdigit() and words[k - 2][:1].isupper())  # "Nikkei 225"
                         and not counted_in(words, k - 1)
                         and not (YEAR.fullmatch(plain(words[k - 1])) and k > 1 and (
                             plain(words[k - 2]) in PREPOSITIONS or (QUARTER.fullmatch(plain(words[k - 2]))
                                                                     and k < len(words) and is_noun(words[k]))))
                         # "prices in 2004 |", "fourth-quarter 2004 | profits"
                         and not (k < len(words) and plain(words[k]) in MONTHS))  # "the year to 31 December"
                     or (plain(words[k - 1]).endswith("ing") and plain(words[k - 1]) not in ING_WORDS
                         and not (plain(words[k - 1]) == "during" and k > 1 and is_noun(words[k - 2])) # "earnings during"
                         and words[k - 1][:1].islower() and not modified(words, k - 1) and "-" not in words[k - 1]
                         and not (k > 1 and plain(words[k - 2]) in TIME_NOUNS))  # "the three weeks ending 4 June"
                     # (not "home-shopping frauds": a hyphened modifier)
                     or ((plain(words[k - 1]).endswith("ed") or plain(words[k - 1]) in PAST_PARTICIPLES)
                         and words[k - 1][:1].islower() and not reduced_relative(words, k - 1)
                         and not (k > 1 and k < len(words) and (plain(words[k - 2]) in PREPOSITIONS
                                                                or words[k - 2].endswith(("'s", "’s")))
                                  and is_noun(words[k])))  # "have seen | claims"; but "trade in pirated wares",
    # "Zorba's estimated annual revenues"
                     or (k > 1 and plain(words[k - 1]).endswith("ing") and plain(words[k - 2]) in PROGRESSIVE)) \
            or (k > 1 and plain(words[k - 1]) in NP_STOPS and plain(words[k - 1]) not in ("said", "says") and (
                plain(words[k - 2]) in DETERMINERS_OR_OF or (
                k > 2 and "-" in words[k - 2] and words[k - 2][:1].islower() and plain(words[k - 3]) in DETERMINERS_OR_OF))):
        # "a drop", "the number of calls", "a double-digit increase": a noun after a determiner or "of", whatever
        # else it can be
        k -= 1  # back to a verb: "Zorba is forecasting | operating margin growth"
        if k and plain(words[k]) in NP_OPENERS and plain(words[k - 1]) not in PREPOSITIONS \
                and not (k > 1 and plain(words[k - 1]) in ("both", "all") and plain(words[k - 2]) in PREPOSITIONS) \
                and not plain(words[k - 1]).endswith("ing") and not partner_of(words, k - 1):
            break  # a noun phrase starts at its determiner: "gives Zorba | a value"; not "profits at | the firm"
    if k and plain(words[k - 1]) in MODALS and len(words) - k > 1 and words[k][:1].islower():
        k += 1  # "will generate | growth of": a verb after a modal
    to = next((j for j in range(len(words) - 2, k, -1) if plain(words[j - 1]) == "to" and words[j][:1].islower()
               and plain(words[j]) in REPORTING_VERBS), None)
    if to is not None:  # "expected to report | yearly sales of"
        k = to + 1
    return phrase_opened(words[k:])


def phrase_opened(words: list[str]) -> list[str]:
    """A noun phrase found by noun_phrase_before, from its true first word: after a sentence end the
    splitter missed, a lead word, a determiner, a pronoun or a fronted preposition; at most ABOUT_WORDS."""
    ended = max((i for i, w in enumerate(words[:-1]) if w.endswith(".") and w[:-1].isalpha() and w[1:-1].islower()
                 and len(w) > 4 and words[i + 1][:1].islower()), default=-1)
    words = words[ended + 1:]  # "rose overall. | sales across the industry": a sentence the splitter kept whole
    told = next((i for i in range(1, len(words) - 2) if plain(words[i]) == "to" and words[i + 1][:1].islower()
                 and (words[i - 1][:1].isupper() or plain(words[i - 1]) in OBJECT_PRONOUNS)
                 and not part_of_figure(words[i + 1]) and plain(words[i + 1]) not in DETERMINERS
                 and words[i + 2][:1].islower()), None)  # (not "to fund Yahoo": its object is a name)
    words = words[told + 2:] if told is not None else words  # "allow Orlo to delay | repayments of debt"
    while words and (plain(words[0]) in LEAD_WORDS or plain(words[0]) in DETERMINERS):
        words = words[1:]
    if len(words) > 2 and plain(words[0]) in PRONOUN_OPENERS and plain(words[1]) in PREPOSITIONS:
        words = words[2:]  # "£3m of them | from small gifts under £100"
    if len(words) > 1 and words[0] in OBJECT_PRONOUNS and words[1][:1].islower():  # (not "US oil")
        words = words[1:]  # "pays them | a yearly wage of £7,000"
    if len(words) > 1 and plain(words[0]) == "about" and not part_of_figure(words[1]):
        words = words[1:]  # "complained | about | monthly fees of": a preposition here, no hedge
    if len(words) > 1 and plain(words[0]) in PREPOSITIONS:  # "In 2003 profits", "In March sales"
        k = 1
        while k < len(words) - 1 and (DIGIT.search(words[k]) or words[k][:1].isupper()):
            k += 1
        words = words[k:]
    if not words or (len(words) == 1 and plain(words[0]) in PRONOUNS):
        return []
    if len(words) > ABOUT_WORDS:  # too long: cut at its last preposition within the limit
        tail = max((i for i, w in enumerate(words) if plain(w) in PREPOSITIONS), default=len(words))
        if tail < len(words) - 1 and measured(words[-1]) and words[-1][:1].islower() and not measured(words[0]):
            return undetermined(words[tail + 1:])  # "the care of three Orlo museums in | a deal (worth $2bn)";
            # but "a 26% stake in Zorba Media in a deal worth" keeps the stake, a measure itself
        cut = max((i for i, w in enumerate(words[:ABOUT_WORDS]) if i and plain(w) in PREPOSITIONS), default=0)
        return words[:cut] if cut else words[-ABOUT_WORDS:]  # "value of India's exports | in the current ..."
    return words


QUANTIFIERS = _set("both all each together alone")
SINGULAR_S = _set("gas news series species means telecoms electronics economics logistics")  # no plurals: "gas projects" is one noun phrase
LY_SCOPES = _set("annually globally nationally internationally locally regionally domestically")  # where, how often
LY_NOUNS = _set("family ally assembly supply monopoly rally anomaly reply oligopoly")  # not adverbs
LY_ADJECTIVES = _set("quarterly monthly weekly daily yearly hourly early elderly only likely costly friendly")  # no adverbs
RELATIVE_TAILS = _set("it they since what when where until none")  # words that open a clause, not end a noun phrase
RELATIVES = _set("that which who whom whose")  # after a noun, they open a clause about it
MODALS = _set("will would could can may might should must shall")
YEAR = Lazy(r"(?:19|20)\d\d(?:[/-]\d\d?)?")  # a year inside a noun phrase: "rents in the spring of 2011",
# "borrowing figures for 2003/4"
NP_OPENERS = _set("a an the its their his her our")  # not "this", "that": "growth this year" is one phrase


def modified(words: list[str], k: int) -> bool:
    """Whether the -ing word words[k] is inside a noun phrase: after a determiner, a possessive or
    a preposition other than 'by' ('the charity's fundraising gala', 'the cost of rebuilding the grid',
    'income from parking fees'; not 'survive by cutting')."""
    before = words[k - 1] if k else ""
    return (plain(before) in DETERMINERS or (plain(before) in PREPOSITIONS and plain(before) != "by")
            or before.endswith(("'s", "’s"))
            or (k == 1 and before[:1].isupper() and plain(before) not in STOPWORDS and k + 1 < len(words)
                and is_noun(words[k + 1])))  # the sentence's first word, then "-ing noun": "Indoor parking bays"


def per_unit(words: list[str], k: int) -> bool:
    """Whether words[k] is the 'per' of a measure's unit: 'earnings | per share', 'price | per barrel'."""
    return plain(words[k]) == "per" and 0 < k < len(words) - 1 and plain(words[k + 1]).rstrip("s") in PRICE_UNITS


def figure_free(words: list[str]) -> bool:
    """Whether a phrase has no word of a figure in it ('earnings per share' has none: its 'per' is a unit's)."""
    return not any(part_of_figure(w) and not per_unit(words, i) for i, w in enumerate(words))


def noun_of(words: list[str], k: int) -> bool:
    """Whether words[k], a word that can be a verb, is a measure's noun before 'of': 'the estimated value
    of', 'wage rises of'."""
    return k < len(words) - 1 and plain(words[k + 1]) == "of" and measured(words[k])


def partner_of(words: list[str], k: int) -> bool:
    """Whether words[k] is the 'with' of a deal or balance with someone: 'the deficit with China',
    'a settlement with the regulator' (not 'a bank with assets of'), or of a group counted by what it has:
    'the proportion of homes with broadband'."""
    return (0 < k < len(words) - 1 and plain(words[k]) == "with" and plain(words[k - 1]) in PARTNERED
            and (words[k + 1][:1].isupper() or plain(words[k + 1]) in DETERMINERS)) \
        or (1 < k < len(words) - 1 and plain(words[k]) == "with" and plain(words[k - 2]) == "of"
            and plain(words[k - 1]) in PEOPLE_COUNTED | _set("homes households firms companies businesses")
            and words[k - 1][:1].islower() and words[k + 1][:1].islower())  # "the share of homes with broadband"


PARTNERED = _set("""deficit deficits surplus surpluses gap gaps imbalance deal deals settlement agreement contract contracts
talks trade
merger partnership venture alliance""")


def reduced_relative(words: list[str], k: int) -> bool:
    """Whether the -ed word words[k] opens a reduced relative clause after a noun, with its agent
    ('Dividends paid by Zorba', 'Fines collected by the regulator'), or ends the subject just before
    its verb ('the numbers of people stopped | had risen', 'the 12 bridges inspected | were')."""
    after_noun = k > 0 and (is_noun(words[k - 1]) or words[k - 1][:1].isupper())
    if k == len(words) - 1 and k > 1 and after_noun and plain(words[k - 1]).endswith("s") \
            and (plain(words[k]).endswith("ed") or plain(words[k]) in PAST_PARTICIPLES) \
            and any(plain(w) in DETERMINERS for w in words[:k - 1]):
        return True
    return 0 < k < len(words) - 1 and plain(words[k + 1]) == "by" and after_noun


def compound(words: list[str], k: int) -> bool:
    """Whether words[k], a verb's form, is inside a compound noun: 'the current account deficit'."""
    if not 0 < k < len(words) - 1 or not words[k + 1][:1].islower():
        return False
    if plain(words[k]) in COMPOUND_MODIFIERS and (plain(words[k + 1]) in CHANGE_NOUNS or plain(words[k + 1]) == "savings")\
            and plain(words[k - 1]) not in AUXILIARY_FORMS | MODALS:
        return True  # "estimated cost savings", "annual pay rises"; not "will pay | rises"
    return plain(words[k]) in COMPOUND_INNER and words[k - 1][:1].islower() \
        and plain(words[k - 1]) not in FUNCTION_WORDS and is_noun(words[k + 1])


COMPOUND_INNER = _set("account")  # "current account deficit"; only a word that verbs rarely use between nouns
COMPOUND_MODIFIERS = _set("cost pay price wage tax rent")  # verbs' forms that are nouns before a change's noun


def counted_in(words: list[str], k: int) -> bool:
    """Whether words[k] is a number inside a noun phrase: 'the running cost of the 12 bridges', 'sales
    to the 14 member states'."""
    return 0 < k < len(words) - 1 and words[k].isdigit() and plain(words[k - 1]) in DETERMINERS \
        and (is_noun(words[k + 1]) or words[k + 1][:1].isupper())


def nouns_joined(words: list[str], k: int) -> bool:
    """Whether words[k] is the 'and' between two nouns after a preposition: 'Funds for parks and
    libraries are to grow'."""
    at = k - 2 - (k > 2 and plain(words[k - 2]) in DETERMINERS)  # "across all its | bus and rail lines"
    while at > 0 and (plain(words[at]) in DETERMINERS | _set("both all")
                      or (words[at].endswith(",") and words[at][:1].islower() and is_noun(plain(words[at])))):
        at -= 1  # ("at shops, | cafes and hotels": a list after the preposition)
    if 1 < k < len(words) - 1 and plain(words[k]) == "and" and "between" in (plain(w) for w in words[max(0, k - 4):k - 1]):
        return True  # "the gap between farm incomes and costs": one phrase
    if 0 < k == len(words) - 3 and plain(words[k]) == "and" and words[k - 1][:1].islower() and is_noun(words[k - 1]) \
            and (measured(words[-1]) or plain(words[-1]) in MONEY_NOUNS) and words[k + 1][:1].islower() \
            and not part_of_figure(words[k - 1]) \
            and (k == 1 or plain(words[k - 2]) in AUXILIARY_FORMS | HAVING or is_verb(words[k - 2])):
        return True  # "has rent and staff costs of $4m": one head, two kinds (not "of subsidies and growth")
    return 1 < k < len(words) - 1 and plain(words[k]) == "and" and plain(words[at]) in PREPOSITIONS \
        and all(w[:1].islower() and is_noun(w) and not part_of_figure(w) for w in (words[k - 1], words[k + 1]))


def names_joined(words: list[str], k: int) -> bool:
    """Whether words[k] is the 'and' or '&' between two names: 'Shares in Zorba and Zelmar both fell 2%'."""
    return (0 < k < len(words) - 1 and plain(words[k]) in ("and", "&") and words[k - 1][:1].isupper()
            and words[k + 1][:1].isupper())


def currency_named(words: list[str], k: int) -> bool:
    """Whether words[k] is a currency named as a thing, not a figure's unit: 'the dollar', 'the euro'."""
    return k > 0 and plain(words[k]) in CURRENCY_NAMES and (plain(words[k - 1]) in DETERMINERS or (
        k > 1 and words[k - 1] in DEMONYMS and plain(words[k - 2]) in DETERMINERS))  # "the Thai baht"


def verb_before(words: list[str]) -> tuple[int, str]:
    """(index of the verb that links a subject to the figure, or len(words), the words between)."""
    k = len(words)
    while True:
        start = k
        while k and (plain(words[k - 1]) in LINK_SKIPS or part_of_figure(words[k - 1]) or plain(words[k - 1]) in HOLD_WORDS
                     or plain(words[k - 1]) in COUNTING_WORDS  # "ended up three cents at"
                     or (plain(words[k - 1]).endswith("ly") and k < len(words))  # "fell a seasonally adjusted 1.1%"
                     or (k >= 2 and plain(words[k - 2]) in ("a", "an") and words[k - 1][:1].islower())):  # "a lacklustre"
            k -= 1
            if k >= 2 and plain(words[k - 2]) in ("in", "on", "during") and (plain(words[k - 1]) in MONTHS
                                                                          or plain(words[k - 1]) in WEEKDAYS
                                                                          or YEAR.fullmatch(plain(words[k - 1]))) \
                    and not (k > 2 and part_of_figure(words[k - 3])):  # ("lost 40p on Friday to end at": the 40p's)
                k -= 2  # "inflation rose in November to 7.1%": a time between the verb and its figure
        if k < len(words) and plain(words[k]) in ("to", "by", "at"):
            k = adjunct_start(words, k)  # "output slowed in Orlo last year to 2%": where and when, then the link
        if k == start:
            break
    modified_noun = k > 1 and plain(words[k - 1]) in ING_NOUNS and words[k - 2][:1].islower() and is_noun(words[k - 2]) \
        and plain(words[k - 2]) not in PROGRESSIVE  # "raise council spending by 8%": a noun, not "is spending"
    if k and not modified_noun and (plain(words[k - 1]) in COPULAS or is_verb(words[k - 1], words[k - 2] if k > 1 else "")
              or (plain(words[k - 1]) == "total" and k > 1 and (plain(words[k - 2]) in AUXILIARY_VERBS
                                                              or plain(words[k - 2]).endswith("s")))):
        return k - 1, [plain(w) for w in words[k:]]  # "Fuel subsidies total $3bn"
    for j in range(len(words) - 1, k - 1, -1):
        if plain(words[j]) in ("up", "down"):  # "Zorba shares up 5%", "down about 2 points"
            verb = next((i for i in range(j - 1, max(-1, j - 4), -1) if is_verb(words[i])), None)
            verb = None if verb is not None and any(w in DASHES for w in words[verb + 1:j]) else verb
            # ("Sales were $5bn - up $1bn": the change after the dash)
            noun = words[j - 1] if verb is not None and j - 1 > verb else ""
            hedge = noun and j + 1 < len(words) and plain(words[j + 1]) == "to" \
                and plain(words[verb]) not in LEVEL_PUSHERS  # ("pushed fees up to 4.5%")
            if noun and (is_noun(noun) or noun[:1].isupper()) and not hedge \
                    and plain(noun) not in WHEN_NOUNS and plain(noun) not in WEEKDAYS:
                verb = None  # "It left output up 1.6%": what changed; not "ended the day up 2%", "cost it up to £2bn"
            return (j, [plain(w) for w in words[j:]]) if verb is None else (verb, [plain(w) for w in words[verb + 1:]])
    return len(words), []


def adjunct_start(words: list[str], k: int) -> int:
    """Where a place or a time that ends at words[k] begins ('in Norway', 'in the US', 'this year', 'in
    Norway this year'), else k."""
    while True:
        if k >= 2 and plain(words[k - 2]) in ("this", "last", "next") \
                and (plain(words[k - 1]) in TIME_NOUNS or plain(words[k - 1]) in SEASONS):
            k -= 2
            continue
        on = k >= 2 and plain(words[k - 1]) in WEEKDAYS and plain(words[k - 2]) == "on"
        if k >= 2 and plain(words[k - 1]) in WEEKDAYS and not part_of_figure(words[k - 2 - on]):
            k -= 1 + on  # "closed Tuesday at 873p"; (not "lost 40p on Friday to end at": the 40p's)
            continue
        j = k
        while j > max(0, k - 3) and words[j - 1][:1].isupper():
            j -= 1
        j -= j < k and j > 1 and plain(words[j - 1]) == "the"
        if j < k and j > 1 and plain(words[j - 1]) in ("in", "across"):
            k = j - 1
            continue
        return k


def direction_of(verb: str, linked: list[str]) -> str:
    """'up' or 'down' when the figure is the change a verb reports ('rose 5%', 'cut by £3m'); nothing
    for a level ('rose to $1.2bn', 'stood at 5%') or an earlier level ('from $1bn'); a change after a dash
    is its own ('was $5bn - up $1bn')."""
    dash = max((i for i, w in enumerate(linked) if w in ("", *DASHES)), default=-1)
    if dash >= 0 and linked[dash + 1:dash + 2] in (["up"], ["down"]) and not set(linked[dash + 2:]) & _set("to at from"):
        return linked[dash + 1]
    level = [w for i, w in enumerate(linked) if w in ("to", "at", "from", "below", "above", "beyond", "past")
             and not (w == "at" and linked[i + 1:i + 2] in (["least"], ["most"]))  # "dip by at least 5%" is a change
             or w == "as" and linked[i + 1:i + 2] in (["low"], ["high"])]  # "could dip as low as 2%": a level
    if level or any(DIGIT.search(w) for w in linked):
        return ""
    if verb in GAVE_UP and linked[:1] == ["up"]:
        return "down"  # "gave up nearly 2%": it lost that
    if verb not in RISE_WORDS and verb not in FALL_WORDS and linked[:1] in (["up"], ["down"]):
        return linked[0]  # "closed up $1.26", "ended down 2%"
    return "up" if verb in RISING or verb in ADDED else "down" if verb in FALLING else ""  # ("jumping as much as 30%")


GAVE_UP = _set("give gives gave given giving")  # "gave up 2%": a fall, whatever "up" says
ADDED = _set("added adds")  # a rise when a figure follows ("the pound added 0.5%"); else a speech verb


# The rules of figure_about, in order: each returns (phrase, direction) or None.

WITH_AS = _set("with as")  # links between a thing and its figure that are no verbs: "the deficit with China"
COUNT_VERBS = FIGURE_VERBS - PREPOSITIONS - WITH_AS - _set("""see sees saw seen reach reaches reached reaching
hit hits make makes made making""")
# verbs that tag a count: "cut 2,500 jobs"; not "would see | a million jobs", "reaching | 1.6m cars"


PEOPLE_COUNTED = _set("""people persons adults children users customers fans viewers listeners readers voters workers
staff employees visitors players athletes members subscribers students pupils residents shoppers consumers
respondents""")


def counted_noun(c: Clause):
    """'2,500 jobs at the plant' -> 'jobs at the plant'; 'will cut 2,500 jobs' -> 'jobs' (cut); '800
    jobs were lost' -> 'jobs lost'; 'employs 7,000 staff' -> 'staff employed'; a measure the count is
    the value of comes first (see count_measure)."""
    if c.unit != "count":
        return None
    measure = count_measure(c)
    if measure:
        return measure
    change = count_change(c)
    if change:
        return change
    if len(c.after) > 3 and [plain(w) for w in c.after[1:3]] == ["out", "of"] and DIGIT.search(c.after[3]):
        skip = 5 if len(c.after) > 5 and plain(c.after[4]).endswith("ed") and plain(c.after[5]) in AUXILIARY_FORMS \
            else 4  # ("out of 40 polled were", not "out of 146 believed")
        c = c._replace(after=c.after[:1] + c.after[skip:])  # "12 firms out of 40 polled were ...": the 12
    worth = next((i for i, w in enumerate(c.after) if i and plain(w) in ("worth", "valued")), None)
    if worth and [plain(w) for w in c.after[worth - 3:worth]] == ["in", "a", "deal"]:
        c = c._replace(after=c.after[:worth - 3])  # "bought 12 ships in a deal worth $400m": the ships
    k, _ = verb_before(c.before)
    verb = plain(c.before[k]) if k < len(c.before) and plain(c.before[k]) in COUNT_VERBS else ""
    noun = noun_run(c.after) or c.after[:1]
    while len(noun) > 1 and (plain(noun[-1]) in HEDGES or plain(noun[-1]) in PREPOSITIONS):
        noun = noun[:-1]  # "400 staff in more | than 9 towns": the staff
    where = where_count(c.before, noun)
    if where:
        return where, ""
    if len(noun) == 1 and len(c.before) > 1 and plain(c.before[-1]) == "of" and plain(c.before[-2]) in SURVEYS:
        return f"{noun[0]} {SURVEYS[plain(c.before[-2])]}", ""  # "the poll of 2,040 shops" -> "shops polled"
    rest = c.after[len(noun):]
    fate = what_befalls(rest, plain(noun[0]) in PEOPLE_COUNTED) if len(noun) == 1 else []
    across = len(noun) in (3, 4) and plain(noun[1]) in ("across", "throughout") and all(w[:1].isupper() for w in noun[2:])
    fate = fate or (what_befalls(rest, plain(noun[0]) in PEOPLE_COUNTED) if across else [])
    # ("two million homes across Orlo could be left without power")
    doing = not fate and len(noun) == 1 and len(rest) > 1 and rest[0][:1].islower() and plain(rest[0]).endswith("ing") \
        and plain(rest[0]) not in ING_NOUNS and plain(rest[0]) not in ING_PREPOSITIONS
    tail = ([rest[1]] + noun_run(rest[2:], names=True) if plain(rest[1]) in PREPOSITIONS
            else noun_run(rest[1:], names=True)) if doing else []
    if tail and (len(tail) > 1 or plain(tail[0]) not in PREPOSITIONS) and len(tail) < ABOUT_WORDS - 2:
        return " ".join(noun + rest[:1] + [w.rstrip(",.;") for w in tail]), ""  # "the 40 firms using the port"
    placed = len(noun) > 2 and plain(noun[1]) in ("in", "at", "from", "across")  # "farmers in the region who grow rice"
    relative = defining_relative(rest or list(c.next_words[len(noun) - 1:])) if (len(noun) == 1 or placed) \
        and not fate and not verb else []  # (the clause ends at "who": the words after the figure's own)
    relative = relative if len(noun) + len(relative) <= ABOUT_WORDS else []
    if relative:
        return " ".join(noun + relative), ""  # "2,200 employees who have had treatment" (not "sold 23 people who")
    aim = c.before[-1] if len(c.before) > 1 and plain(c.before[-2]) == "to" and c.before[-1][:1].islower() else ""
    if aim and not verb and plain(aim) not in NO_DEED_WORDS and not (fate and plain(rest[0]) == fate[0]):
        fate = []  # "plans to close 14 depots have been announced": the infinitive's deed, not the plans' fate
        done = participle(plain(aim))  # (but "to name 30 suppliers used for parts": used, as written)
    else:
        done = done_to_count(c) if not fate and not verb else ""
    tail = []
    if len(noun) > 2 and plain(noun[1]) in PER_WORDS and plain(noun[2]) in PER_TIME:
        noun, tail = noun[:1], ["per", plain(noun[2])]  # "sells 10,000 cars a year" -> "cars sold per year"
    elif len(noun) > 2 and plain(noun[1]) == "between" and plain(noun[2]) in PRONOUNS:
        noun = noun[:1]  # "sell 10,000 cars between them": theirs, said by the subject
    if done and len(noun) in (3, 4) and plain(noun[1]) == "of" and plain(noun[0]).rstrip("s") in PRICE_UNITS:
        noun = noun + [done]  # "produced 14m tonnes of crops" -> "tonnes of crops produced" (its owner: see owned)
        per = [plain(w) for w in rest[:2]]
        tail = ["per", per[1]] if len(per) == 2 and per[0] in PER_WORDS and per[1] in PER_TIME else tail
    elif done and (len(noun) == 1 or (plain(noun[1]) in PREPOSITIONS and plain(noun[1]) != "of")):
        noun = noun[:1] + [done] + noun[1:]  # "employs 7,000 staff across its plants" -> "staff employed across ..."
        bare = [w for w in c.before if plain(w) not in APPROX_WORDS]  # ("which employs about 800 staff")
        antecedent = name_before(c.prior) if c.relative and len(noun) == 2 and len(bare) == 1 else []
        noun += ["by"] + antecedent if antecedent else []  # "Zorba, which employs 40 cooks" -> "cooks employed by Zorba"
    tail = tail or fate_time(fate, rest)
    return " ".join(noun + fate + tail), "" if fate or done else verb


def fate_time(fate: list[str], rest: list[str]) -> list[str]:
    """The time said after what befalls a count ('9,000 new homes were built | last year'), or []."""
    words = [plain(w) for w in rest]
    if not fate or fate[-1] not in words:
        return []
    when = TIME_PHRASE.match(" " + " ".join(rest[words.index(fate[-1]) + 1:]))
    return [" ".join(when[1].split()).rstrip(",.;:")] if when else []


def where_count(before: list[str], noun: list[str]) -> str:
    """What a count of places is, when the clause has something in them: 'has offices in 14 countries'
    -> 'countries with offices'; 'Zorba runs 40 shops in more than 9 towns' -> 'towns where
    Zorba runs shops' (a name, its verb and what it has there, nothing else); else ''."""
    before = list(before)
    while before and plain(before[-1]) in HEDGES:
        before.pop()  # ("in more than 9 towns")
    if len(noun) != 1 or len(before) < 3 or plain(before[-1]) != "in" or not is_noun(before[-2]) or measured(before[-2]):
        return ""
    j = len(before) - 3
    while j > 0 and part_of_figure(before[j]):
        j -= 1  # "employs 900 | people"
    name = name_before(before[:j]) if j <= 5 else []  # (the clause's subject, nothing else)
    verb = before[j]
    if name and len(name) == j and plain(name[0]) not in PRONOUNS and (plain(verb) in HAVING or (verb.isalpha() and verb.islower())):
        return f"{noun[0]} where {' '.join(name)} {verb} {plain(before[-2])}"
    return f"{noun[0]} with {plain(before[-2])}" if plain(before[-3]) in HAVING else ""  # "has offices in 14 countries"


def defining_relative(rest: list[str]) -> list[str]:
    """A defining relative clause after a count's noun, its verb and that verb's object: 'who have had
    treatment remain at work' -> 'who have had treatment', 'who lost their jobs will' -> 'who lost their
    jobs'; else [] ('that they would', "who, it said,")."""
    if len(rest) < 2 or plain(rest[0]) not in ("who", "that") or rest[0][-1:] in ",;:":
        return []
    i = 1
    while i < len(rest) - 1 and plain(rest[i]) in AUXILIARY_FORMS:
        i += 1
    subject_gap = plain(rest[0]) == "who" and rest[i].isalpha() and rest[i].islower() and plain(rest[i]) not in FUNCTION_WORDS \
        and plain(rest[i]) not in ("not", "never") and not rest[i].endswith("ly")  # "who visit Chile": the verb, whatever it is
    if not (is_verb(rest[i]) or plain(rest[i]) in PAST_TENSES or plain(rest[i]) in PAST_PARTICIPLES or subject_gap) \
            or rest[i][-1:] in ",;:":
        return []
    deed = [w.rstrip(",.;:") for w in rest[:i + 1]]
    after = rest[i + 1:] if rest[i][-1:] not in ".!?" else []
    thing = noun_run(after, names=True)
    if not thing and len(after) > 1 and (plain(after[0]) in PREPOSITIONS or plain(after[0]) in ("against", "with", "about")):
        run = noun_run(after[1:], names=True)
        thing = after[:1] + run if run else []  # "who appealed against the ruling"
    passive = i > 1 and plain(rest[i - 1]) in COPULAS and not rest[i].endswith("ing")  # "that were flooded"
    out = deed + [w.rstrip(",.;:") for w in thing]
    return out if (thing or passive) and len(out) <= ABOUT_WORDS - 1 else []


def count_change(c: Clause):
    """A count that is the size of a change named before it, as written: 'a net drop of over 3,000
    members' -> 'net drop of members' (down); 'a fall of 5,000 subscribers' -> 'fall of subscribers'."""
    before = list(c.before)
    while before and plain(before[-1]) in HEDGES:
        before.pop()
    if len(before) < 2 or plain(before[-1]) != "of" or plain(before[-2]) not in CHANGE_NOUNS or not c.after:
        return None
    kind = [before[-3].lower()] if len(before) > 2 and plain(before[-3]) in CHANGE_MODIFIERS else []
    noun = [w.rstrip(",.;:") for w in noun_run(c.after) or c.after[:1]]
    owner = clause_owner(c)  # "Zelco saw a net drop of 3,000 members": Zelco's
    phrase = " ".join(([possessive(owner)] if owner else []) + kind + [plain(before[-2]), "of"] + noun)
    return f"{phrase} ({CHANGE_NOUNS[plain(before[-2])]})", ""


CHANGE_MODIFIERS = _set("net further sharp small big slight steep record total overall")  # "a net loss of"


def count_measure(c: Clause):
    """The measure a count is the value of, when the clause names one: 'a capacity of 9 million
    tonnes', 'lift its annual capacity to 400,000 units', 'the jobless total is 4.8 million people';
    not 'a rise of 62,000 units' or 'a total of 90 firms', where what is counted is the measure."""
    def sound(found):
        words = found[0].split() if found and found[0] else [""]
        cut = complement_at(words)
        head = plain(words[cut - 1])  # "capacity of the company": capacity
        if head in CHANGE_NOUNS and cut == len(words) > 1 and plain(words[cut - 2]) in MEASURE_NOUNS:
            return " ".join(words[:-1]), CHANGE_NOUNS[head]  # "a production loss of 3,600 cars": production (down)
        return found if head in MEASURE_NOUNS and head not in CHANGE_NOUNS and head not in ("total", "number") else None
    before = list(c.before)
    while len(before) > 1 and (plain(before[-1]) in HEDGES or plain(before[-1]) in ("another", "further")
                               or [plain(w) for w in before[-2:]] in (["up", "to"], ["a", "further"])):
        before = before[:-2] if plain(before[-1]) in ("to", "further") and plain(before[-2]) in ("up", "a") \
            else before[:-1]
    c = c._replace(before=before)  # "a capacity of up to 9 million tonnes", "rose to about 2 million barrels",
    # "cut output by another 9,000 cars"
    last = plain(c.before[-1]) if c.before else ""
    if last == "of":
        return sound(noun_of_figure(c))
    k, _ = verb_before(c.before)
    if last in ("to", "at", "by"):  # "lift its capacity to 400,000 units"; "membership grew 300 to 9,000 people"
        return sound(object_of_verb(c)) or (sound(subject_of_verb(c)) if k < len(c.before)
                                            and plain(c.before[k]) in CHANGE_VERBS else None)
    if k == len(c.before) or (plain(c.before[k]) not in COPULAS and plain(c.before[k]) not in LEVEL_VERBS):
        return None  # ("oil output totalled 40,000 barrels": the output)
    found = subject_of_verb(c)
    raised = k > 0 and [plain(w) for w in c.before[k - 1:k + 1]] == ["to", "be"] and found and found[0]
    return sound(found) or (found if raised else None)  # "put next year's fuel needs to be 9,000 litres": the needs


LEVEL_VERBS = _set("total totals totalled totaled reach reaches reached hit hits stood stands amounted amounts")


def name_before(words: list[str]) -> list[str]:
    """The name that ends `words` (at most five capitalised words, 'of' and '&' between), else []."""
    k = len(words)
    while k and len(words) - k < 5 and (words[k - 1][:1].isupper()
                                        or (plain(words[k - 1]) in NAME_JOINERS and k < len(words))):
        k -= 1
    while k < len(words) and plain(words[k]) in NAME_JOINERS:
        k += 1
    name = [w.rstrip(",") for w in words[k:]]
    return name if name and all(w[:1].isupper() or plain(w) in NAME_JOINERS for w in name) \
        and plain(name[0]) not in FUNCTION_WORDS else []


def done_to_count(c: Clause) -> str:
    """The participle of the verb just before a count ('employs', 'killed about'), or ''."""
    words = list(c.before)
    while words and plain(words[-1]) in HEDGES:
        words.pop()  # "killed about 10,000 people"; not "the supply of books to 40 schools"
    particle = ""
    if len(words) > 2 and plain(words[-1]) in ("back", "out", "off", "up") \
            and (is_verb(words[-2]) or plain(words[-2]) in VERB_NOUNS) \
            and plain(words[-2]) not in ("make", "makes", "made", "making"):  # ("makes up 11m connections": is)
        particle, words = " " + plain(words[-1]), words[:-1]  # "is to buy back 40,000 bonds" -> "bonds bought back"
    last = words[-1] if len(words) > 1 or (words and (plain(words[0]).endswith("ing") or c.relative)) else ""
    # (", killing 12 people", "which employs 6,000 people")
    if not last[:1].islower() or (plain(last) in NO_DEED_WORDS and plain(last) not in ADDED):  # ("added 9,000 jobs")
        return ""
    if particle:
        done = participle(plain(last))
        return done + particle if done else ""
    if is_verb(last) or (plain(last).endswith("s") and not plain(last).endswith(("ss", "'s", "’s"))):
        return participle(plain(last))
    return ""


def participle(verb: str) -> str:
    """The past participle of a regular verb as news writes it ('employs' -> 'employed'), or ''."""
    if any(verb.startswith(size) and len(verb) - len(size) <= 3 for size in SIZE_VERBS):
        return ""  # says what a count is, not what befalls what it counts: "reached", "sees"
    if verb in PAST_PARTICIPLES or verb.endswith("ed"):
        return verb
    if verb.endswith("ing") and len(verb) > 5 and verb not in NOT_GERUNDS:
        done = gerund_participle(verb)  # "delivering 36 guns" -> "guns delivered"
        return "" if done[:-2] in SIZE_VERBS or done[:-1] in SIZE_VERBS else done
    if verb.endswith("ing") or verb in COPULAS or verb in AUXILIARY_VERBS or verb in TAKE_VERBS \
            or (len(verb) < 4 and verb not in IRREGULAR_PARTICIPLES):  # ("buy" -> "bought")
        return ""
    base = verb[:-1] if verb.endswith("s") and not verb.endswith("ss") else verb
    if base in SIZE_VERBS:
        return ""  # says what a count is, not what befalls what it counts
    return IRREGULAR_PARTICIPLES.get(base) or base + ("d" if base.endswith("e") else "ed")


SIZE_VERBS = _set("""mean need want seem equal require total number measure weigh cover span exceed top average talk
reach see saw contain include comprise""")
ING_ADJECTIVES = _set("existing remaining leading outstanding growing rising falling underlying operating working")


def gerund_participle(verb: str) -> str:
    """The past participle of an -ing form: 'delivering' -> 'delivered', 'closing' -> 'closed', 'cutting'
    -> 'cut', 'making' -> 'made', 'shipping' -> 'shipped'; '' for a form of 'be', 'have' or 'do'."""
    stem = verb[:-3]
    for base in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
        if base in IRREGULAR_PARTICIPLES:
            return IRREGULAR_PARTICIPLES[base]
        if base in AUXILIARY_FORMS:
            return ""
    return stem + "ed"  # "delivering", "closing", "shipping" -> "delivered", "closed", "shipped"


ING_PREPOSITIONS = _set("including excluding during following regarding concerning according pending barring")
PAST_TENSES = _set("took gave got went came saw told knew grew became began made sold bought held kept paid sent spent")
IRREGULAR_PARTICIPLES = dict(pair.split("=") for pair in """make=made sell=sold buy=bought build=built hold=held
win=won take=taken give=given keep=kept lose=lost pay=paid send=sent spend=spent bring=brought find=found leave=left
run=run cut=cut shed=shed hit=hit put=put set=set write=written rebuild=rebuilt control=controlled steal=stolen
wrote=written axe=axed transfer=transferred draw=drawn throw=thrown drive=driven forgive=forgiven grow=grown sink=sunk
shut=shut split=split spread=spread""".split())


SURVEYS = {"survey": "surveyed", "poll": "polled", "study": "studied", "sample": "sampled", "census": "counted"}
HAVING = _set("has have had having with its their")  # "has offices in 14 countries", "its plants in"
AFTER_PARTICIPLE = PREPOSITIONS | _set("by since aside")  # "killed in", "created since", "set aside"


DONE_TO_PEOPLE = _set("""accused arrested detained injured killed charged held questioned hurt wounded convicted jailed
sentenced evacuated displaced trapped rescued affected infected""")  # a participle here is passive: no "who"
PEOPLE_WHERE = _set("outside inside at in near across around")  # where people did what they did


def named_place_of_work(words: list[str]) -> list[str]:
    """Where jobs go, cut to the name that ends a description of it ('Ruritanian shipping agent Zorba & Co' ->
    'Zorba & Co'); a phrase without a name, or with one inside it ('the Zorba plant'), stays whole."""
    k = len(words)
    while k and (words[k - 1][:1].isupper() or words[k - 1] == "&"):
        k -= 1
    described = 0 < k < len(words) and all(w[:1].islower() or w.isupper() or w in DEMONYMS for w in words[:k])
    return words[k:] if described else words[:3]


HOLIDAYS = _set("christmas easter new")  # "at Christmas", "at New Year": when, not where


def what_befalls(words: list[str], people: bool = False) -> list[str]:
    """What the words after a count say happens to what it counts: 'were lost' -> ['lost'], 'will
    go' -> ['to', 'go'], 'should be created' -> ['created']; with `people`, what they did: 'have
    downloaded the software' -> ['who', 'downloaded', 'the', 'software']; else []."""
    if [plain(w) for w in words[:2]] in (["in", "all"], ["in", "total"]):
        words = words[2:]  # "90,000 firms in all have been sold"
    elif len(words) > 3 and plain(words[0]) in ("in", "from", "across") and part_of_figure(words[1]) \
            and is_noun(words[2]) and words[2][-1:] not in ",;:.":
        words = words[3:]  # "4,000 adults in 9 regions | were polled"
    words = [w for i, w in enumerate(words) if not (i < 3 and plain(w) in BEFALL_ADVERBS)]
    # ("45 claims have already been filed", "600 schools have now signed up")
    doing = people_doing(words) if people else None
    if doing is not None:
        return doing
    k = 0
    while k < len(words):  # "were lost", "will be cut", "have been shed"; not "have lost their jobs"
        if plain(words[k]) in PASSIVE_AUXILIARIES:
            k += 1
        elif plain(words[k]) in ("has", "have", "had") and k + 1 < len(words) and plain(words[k + 1]) == "been":
            k += 2
        elif k and plain(words[k]) == "to" and k + 1 < len(words) and plain(words[k + 1]) == "be":
            k += 2  # "90 new posts are to be filled"
        else:
            break
    if k == len(words) or not words[k][:1].islower():
        return []
    obliged = [plain(w) for w in words[:5]]
    need = next((i for i, w in enumerate(obliged[:2]) if w in ("need", "needs", "needed")), None)
    if need is not None and obliged[need + 1:need + 3] == ["to", "be"]:
        return ["needed"]  # "5,000 homes will need to be built": homes needed (not yet built)
    if obliged[:4] in (["have", "had", "to", "be"], ["has", "had", "to", "be"]) or obliged[:3] == ["had", "to", "be"]:
        done = obliged[obliged.index("be") + 1] if "be" in obliged[:-1] else ""
        return [done] if done.endswith("ed") or done in PAST_PARTICIPLES else []  # "have had to be relocated"
    if k == 0 and len(words) > 2 and plain(words[0]) in ("have", "has", "had") and plain(words[1]) != "been":
        words = words[1:]  # "2 million users have installed the app": what they did
    if k == 0:  # "10,000 people killed in the quake": a participle and its complement
        w = plain(words[0])
        done = (w.endswith("ed") and len(w) > 4) or w in PAST_PARTICIPLES or (people and w in ("died", "fled"))
        whose = noun_run(words[2:5]) if done and len(words) > 2 and plain(words[1]) in POSSESSIVES else []
        whose = whose[:next((i for i, x in enumerate(whose) if i and plain(x) in PREPOSITIONS), len(whose))]
        if whose:
            return ["who", w, plain(words[1])] + whose  # "600 staff lost their bonuses"
        where = noun_run(words[2:6], names=True) if people and done and len(words) > 2 \
            and plain(words[1]) in PEOPLE_WHERE else []
        where = where[:next((i for i, x in enumerate(where) if i and plain(x) in PREPOSITIONS), len(where))]
        if where and not any(plain(x) in TIME_NOUNS or plain(x) in WEEKDAYS or plain(x) in MONTHS for x in where):
            return ["who"] * (w not in DONE_TO_PEOPLE) + [w, plain(words[1])] + [x.strip(EDGE_PUNCT) for x in where]
            # "fans who protested outside the ground", "people accused in connection" (what was done to them)
        the = words[1:2] if len(words) > 2 and plain(words[1]) in ("the", "a", "an", "their", "its") else []
        done_what = noun_run(words[1 + len(the):5]) if people and done and len(words) > 1 and words[1][:1].islower() \
            and plain(words[1]) not in PREPOSITIONS and plain(words[1]) not in TIME_NOUNS else []
        done_what = done_what[:next((i for i, x in enumerate(done_what) if plain(x) in PREPOSITIONS
                                     or plain(x) in ("that", "which", "who")), len(done_what))]
        if done_what and plain(done_what[-1]) not in TIME_NOUNS:
            return ["who"] * (w not in DONE_TO_PEOPLE) + [w] + [x.strip(EDGE_PUNCT) for x in the + done_what]
            # "2,000 fans who bought tickets"
        alone = done and (len(words) == 1 or words[0][-1:] in ",.;:" or (
            len(words) > 2 and plain(words[1]).endswith("ly") and plain(words[2]) in AUXILIARY_FORMS)) and w not in FRAME_WORDS
        # ("14 men arrested | nationally were charged")
        # "some 3,000 staff furloughed"
        agent = noun_run(words[2:6], names=True) if done and len(words) > 2 and plain(words[1]) == "by" else []
        agent = agent[:next((i for i, x in enumerate(agent) if plain(x) in PREPOSITIONS), len(agent))]
        if agent and agent[0][:1].isupper():
            return [w, "by"] + [x.strip(EDGE_PUNCT) for x in agent]  # "homes promised by ministers"
        if done and len(words) > 1 and plain(words[1]) in DEED_PARTICLES | PARTICLES_OF_CHANGE:
            return [w, plain(words[1])]  # "600 schools have signed up for", "2,000 people turned out to"
        told = len(words) > 1 and (plain(words[1]) in SPEECH_WORDS or plain(words[1]) in OPINION_VERBS)
        # "of the 800 voters polled | said", "5,000 firms surveyed | expect": a reduced relative, then its verb
        return [w] if done and (alone or told or (len(words) > 1 and plain(words[1]) in AFTER_PARTICIPLE)) else []
    w = plain(words[k])
    if w == "to" and k + 1 < len(words):
        k, w = k + 1, plain(words[k + 1])  # "140 posts are to go"
    if w in ("go", "goes"):
        where = words[k + 1:k + 9]
        where = noun_run(where[1:], names=True) if where and plain(where[0]) in ("in", "at") else []
        where = where[:next((i for i, x in enumerate(where) if plain(x) in ("next", "last", "this", "each")), len(where))]
        where = named_place_of_work(where)
        whole = where and not any(plain(x) in TIME_NOUNS or plain(x) in MONTHS or plain(x) in WEEKDAYS
                                  or plain(x) in HOLIDAYS for x in where)
        return ["to", "go"] + ([plain(words[k + 1])] + [x.strip(EDGE_PUNCT) for x in where] if whole else [])
        # "will go in retail banking", "at the plant", "at Ruritanian shipping agent Zorba & Co" (at Zorba & Co)
    if w in EXPECTED and k + 2 < len(words) and plain(words[k + 1]) == "to" and words[k + 2][:1].islower() \
            and plain(words[k + 2]) not in AUXILIARY_FORMS | DETERMINERS:
        return ["to", "go"] if plain(words[k + 2]) in ("go", "goes") else [w, "to", plain(words[k + 2])]
    if w in EXPECTED and k + 3 < len(words) and plain(words[k + 1]) == "to" and plain(words[k + 2]) == "have" \
            and (plain(words[k + 3]).endswith("ed") or plain(words[k + 3]) in PAST_PARTICIPLES):
        particle = [plain(w) for w in words[k + 4:k + 5] if plain(w) in ("up", "out", "off", "through")]
        return [w, "to", "have", plain(words[k + 3])] + particle  # "140,000 shoppers were expected to have visited"
        # "8,000 fans are expected to attend", "500 jobs are set to go"
    if w in ("yet", "still") and [plain(x) for x in words[k + 1:k + 3]] == ["to", "be"] and k + 3 < len(words) \
            and (plain(words[k + 3]).endswith("ed") or plain(words[k + 3]) in PAST_PARTICIPLES):
        return [w, "to", "be", plain(words[k + 3])]  # "300 bridges are yet to be repaired"
    reported = [plain(x) for x in words[k + 1:k + 5]]
    if w in REPORTED_FRAMES and reported[:2] == ["to", "have"] and len(reported) > 2:
        passive = reported[2] == "been"
        done = reported[3] if passive and len(reported) > 3 else reported[2]
        if done.endswith("ed") or done in PAST_PARTICIPLES or done in ("died", "fled"):
            if passive:
                return [done]  # "2,000 homes are believed to have been flooded"
            rest = words[k + 4:]
            prep = rest[:1] if rest and plain(rest[0]) in PREPOSITIONS else []
            what = [x.strip(EDGE_PUNCT) for x in noun_run(rest[len(prep):], names=True)][:ABOUT_WORDS - 3]
            return ["who", done] + ([plain(prep[0])] if prep and what else []) + what
            # "300 families are thought to have fled", "... to have installed the update"
    if w in FRAME_WORDS:
        return []  # "100,000 people are feared dead": a report, not what befell them
    if not ((w.endswith("ed") and len(w) > 4) or w in PAST_PARTICIPLES):
        return []
    particle = [plain(x) for x in words[k + 1:k + 2] if plain(x) in ("off", "out", "away", "back", "home")]
    if not particle and [plain(x) for x in words[k + 1:k + 2]] == ["into"]:  # "people thrown into poverty"
        state = noun_run(words[k + 2:k + 5])
        state = state[:next((i for i, x in enumerate(state) if plain(x) in PREPOSITIONS), len(state))]
        particle = ["into"] + [x.strip(EDGE_PUNCT) for x in state] if state else []
    elif [plain(x) for x in words[k + 2:k + 3]] == ["of"]:
        particle = []  # "laid off"; not "out of"
    modal = next((plain(x) for x in words[:k] if plain(x) in ("could", "may", "might")), "")
    return (["who" if people else "that", modal, "be"] if modal else []) + [w] + particle
    # ("two million people could be left without power": who could be, not who were)


REPORTED_FRAMES = _set("thought believed feared estimated said reported known understood presumed")
# "are thought to have fled", "are believed to have been hurt": what befell them, as reported


def people_doing(words: list[str]) -> list[str] | None:
    """What counted people will do or are doing, when the words after the count say so with a modal or
    an -ing verb: 'will need a permit' -> ['who', 'will', 'need', 'permit'], 'dying from flu' ->
    ['dying', 'from', 'flu'], [] when the words say too little; None for other words."""
    if len(words) > 1 and plain(words[0]) in MODALS and words[1][:1].islower() \
            and plain(words[1]) not in PASSIVE_AUXILIARIES | _set("have has had not"):
        run = noun_run(words[2:6], names=True)  # "three million drivers will need a permit": what they will do
        run = run[:next((i for i, x in enumerate(run) if i and plain(x) in PREPOSITIONS), len(run))]
        return ["who", plain(words[0]), plain(words[1])] + [x.strip(EDGE_PUNCT) for x in run] \
            if run or len(words) == 2 else []
    while words[:1] and plain(words[0]) in COPULAS and words[1:2] and plain(words[1]) in DYING:
        words = words[1:]  # ("5,000 people were dying from infections")
    if words and plain(words[0]) in DYING:
        prep = [plain(words[1])] if words[1:2] and plain(words[1]) in PREPOSITIONS else []
        run = noun_run(words[1 + len(prep):5])
        return [plain(words[0])] + (prep if run else []) + [x.strip(EDGE_PUNCT) for x in run][:3]  # "people dying from"
    return None


EXPECTED = _set("expected due set likely forecast predicted")  # what a count is expected to do
BEFALL_ADVERBS = _set("already now also still just recently previously reportedly worldwide nationwide")
# (between a count and its verb, or inside the verb: "have already been raised", "people worldwide will own")
DYING = _set("dying living working waiting sleeping suffering fleeing queuing")  # "300 people dying from flu"
POSSESSIVES = _set("their its his her our")
PASSIVE_AUXILIARIES = COPULAS | _set("be been being will would could should may might must can also")
PAST_PARTICIPLES = frozenset(IRREGULAR_PARTICIPLES.values()) | _set("thrown laid gone owed used axed seen shown known grown")
# (and the regular "-ed")


RATE_COMPOUND = Lazy(r"-(?:a|an|per)-(year|month|week|day|hour)")  # "£100,000-a-year": how often, written on
JOBS = _set("job jobs post posts role position contract")  # what a yearly sum for is a salary
OWNERSHIP = _set("ownership control stake stakes holding interest")  # a share of who owns what


def noun_after_figure(c: Clause):
    """'a $2bn offer for Zorba' -> 'offer for Zorba'; 'a 10% stake in the carrier'; 'a 5% rise in
    sales' -> 'rise in sales' (up)."""
    relative = relative_after(c)
    if relative:
        return relative, ""
    before = c.before[:-1] if len(c.before) > 1 and c.before[-1][:1].islower() and plain(c.before[-1]) not in DETERMINERS \
        and not c.before[-1].endswith(("'s", "’s", "s'", "s’"))  \
        and (plain(c.before[-2]) in DETERMINERS or c.before[-2].endswith(("'s", "’s", "s'", "s’"))) else c.before
    # (not "that | a")
    # ("a previously-agreed $2bn grant", "Orlo's new $9bn bond")
    opener = len(before) == len(c.before) == 1 and before[0].strip(EDGE_PUNCT) in ("That", "This")  # "That 1.5% rate"
    if not before or not (plain(before[-1]) in FIGURE_DETERMINERS or before[-1].endswith(("'s", "’s", "s'", "s’"))
                          or opener):
        owning = noun_run(c.after) if c.unit == "percent" and c.after and c.after[0][:1].islower() else []
        if owning and any(plain(w) in OWNERSHIP for w in owning[:3]):
            return " ".join(owning).rstrip(",.;:"), ""  # "a plan for 49% state ownership of the airline"
        if c.after and c.unit != "count" and (measured(c.after[0]) or (
                len(c.after) > 1 and c.after[0][:1].isupper() and (measured(c.after[1]) or plain(c.after[1]) in DEALS))
                or (len(c.after) > 1 and c.after[0][:1].islower() and is_noun(c.after[0]) and measured(c.after[1]))):
            # headline style: "makes $2bn offer for", "agrees $25bn Zelco deal"; a list: "15% interest rates and"
            noun = noun_run(c.after, names=not measured(c.after[0]))
            return (" ".join(noun), change_of(noun[-1], c.unit)) if noun else None
        return None
    after = c.after
    rate = RATE_COMPOUND.fullmatch(after[0]) if after else None
    if rate and len(after) > 1 and is_noun(after[1]) and c.unit not in ("percent", "points", "count"):
        noun = plain(after[1])  # "the £40,000-a-year post" -> "salary per year"; "a £7-a-week pass"
        return f"{'salary' if noun in JOBS else noun} per {rate[1].lower()}", ""
    if len(after) > 2 and plain(after[0]) in PER_WORDS and plain(after[1]) in PER_TIME:
        if plain(after[2]) in PREPOSITIONS or not after[2][:1].islower():
            return None  # "a further £2m | a month in grants": how often, then what (see figure_in_noun)
        after = after[2:]  # "a £7 a week | bus pass"
    if c.unit == "percent" and len(after) > 1 and after[0][:1].islower() \
            and (plain(after[0]) in SPEECH_WORDS or plain(after[0]) in FEELING or plain(after[0]) in PAST_TENSES) \
            and (plain(after[1]) in PRONOUNS or plain(after[1]) in REFLEXIVES or plain(after[1]) in DETERMINERS):
        return None  # "and another 18% | felt themselves better off": what a share did, no noun
    noun = noun_run(after, names=True)
    contact = contact_clause(after[1:]) if noun and plain(noun[0]) in DEALS | OFFERS | AGREEMENTS | BORROWED \
        and all(w[:1].isupper() for w in noun[1:]) else []
    noun = noun[:1] + contact if contact else noun  # "the $40m contract Kesta signed with Zelco"
    if not contact and len(noun) == 1 and len(after) > 2 and plain(noun[0]) in AGREEMENTS | DEALS \
            and plain(after[1]) in STRUCK:  # "a $30m settlement agreed with 12 towns" -> "settlement with 12 towns"
        noun = noun + deal_terms(after[1:], ABOUT_WORDS - 1)
    changed = noun and len(after) > len(noun) and plain(after[len(noun)]) in CHANGE_NOUNS \
        and not any(part_of_figure(w) or plain(w) in PERIODIC for w in noun)  # ("a 3% yearly | rise in fares")
    if changed:  # "a 53% pay rise" -> "rise in pay" (up), "Zorba's 5% sales fall" -> "fall in Zorba's sales"
        change, owner = plain(after[len(noun)]), possessor(before)
        return " ".join([change, "in"] + ([owner] if owner else []) + [w.rstrip(",.;:") for w in noun]), \
            change_of(change, c.unit)
    whole = noun and len(noun) == len(after) and plain(noun[-1]) in CLAIMS and list(c.next_words[:len(noun)]) == after
    noun = with_complement(noun, list(c.next_words) if whole else after)  # ("against" ends a clause, not a claim)
    if len(noun) == 1 and plain(noun[0]) in PERIODIC and len(after) > 1:  # "a 5% annual | increase in sales"
        rest = with_complement(noun_run(after[1:], names=True), after[1:])
        noun = noun + rest if rest else noun
    if noun and plain(noun[0]) in PAST_PARTICIPLES - NOUN_PARTICIPLES:
        return None  # "against the £6m seen in 2009": what it was, not a noun
    if noun and plain(noun[0]) in WHERE_ADVERBS and (len(noun) == 1 or not is_noun(noun[1])
                                                     or plain(noun[1]) in WHEN_WORDS):
        return None  # "wired $40m | abroad last month": where it went, not what it is
    if len(noun) == 1 and plain(noun[0]) in HELD and len(before) > 2 and plain(before[-2]) in HOLDING_VERBS:
        owner = before[:-2]  # "Ms Ray and her brothers hold a 15% stake": the clause's subject, if short and plain
        while owner and plain(owner[0]) in DETERMINERS:
            owner = owner[1:]
        if 0 < len(owner) <= 5 and not any(plain(w) in NP_STOPS_BUT_AND or plain(w) in PRONOUNS for w in owner):
            return f"{noun[0].rstrip(',.;:')} held by {' '.join(owner)}", ""
    noun = noun or [w for w in after[:1] if plain(w) == "total" and len(after) == 1]  # ("£3.1bn total": the word alone)
    if not noun:
        return None
    relative_year = len(before) > 1 and plain(before[-1]) == "year's" and plain(before[-2]) in ("last", "this", "next")
    if len(noun) == 1 and plain(noun[0]) in FIGURE_NOUNS and before and (YEAR_OWNER.fullmatch(before[-1]) or relative_year):
        verb = first_verb_of(c.before)  # "Zorba's profits compared badly with 2003's €784m figure"
        clause = c.before if verb else c.prior  # "Profits fell to €4m, which compared badly with ..."
        verb = verb or first_verb_of(clause)
        subject = noun_phrase_before(clause[:verb]) if verb else []
        year = next((i + 1 for i, w in enumerate(subject[:2]) if plain(w) == "year's"), 0)
        subject = subject[year:] if 0 < year < len(subject) else subject
        # "This year's deficit ... last year's £2bn total": the deficit, last year
        when = f"{plain(before[-2])} year" if relative_year else f"in {before[-1][:4]}"
        if subject and any(measured(w) or (is_noun(w) and w[:1].islower()) for w in subject):
            return f"{' '.join(subject)} {when}", ""
    held = next((i for i, w in enumerate(noun[:2]) if plain(w) in HELD), None)  # ("a 12% voting stake in")
    if held is not None and len(noun) > held + 2 and plain(noun[held + 1]) == "in" and len(before) > 2 \
            and plain(before[-2]) in TAKING_STAKES:
        k = len(before) - 2
        while k and plain(before[k - 1]) in AUXILIARY_FORMS:
            k -= 1
        if k > 2 and plain(before[k - 1]) == "it" and plain(before[k - 2]) in SPEECH_WORDS:
            k -= 2  # "Zorba Foods said it would take a 35% stake in Kesta": the sayer's
        name = name_before(before[:k])  # "Zorba Foods has acquired a 35% stake in Kesta": Zorba Foods'
        if name and plain(name[0]) not in PRONOUNS:
            return f"{possessive(' '.join(name))} {' '.join(noun)}", ""
    head = noun[:next((i for i, w in enumerate(noun) if plain(w) in PREPOSITIONS), len(noun))]
    bid = len(head) - 1 if head and len(head) <= 3 and plain(head[-1]) in OFFERS else None  # ("takeover offer")
    if bid is not None and "for" not in map(plain, noun):
        name = offered_to(before)
        if name:  # "Kesta is weighing a £90m buyout offer": one for Kesta
            words = [w.rstrip(",.;:") for w in noun]
            of = "of" if plain(words[bid]) in ("takeover", "buyout") else "for"  # (a "takeover offer" is "for")
            return " ".join(words[:bid + 1] + [of] + name + words[bid + 1:]), ""
    if c.unit == "percent" and plain(noun[0]) in HOLDERS and len(noun) > 2 and plain(noun[1]) in ("in", "of"):
        copula = len(c.before) > 2 and plain(c.before[-2]) in COPULAS
        name = [w.rstrip(",") for w in (c.before[:-2] if copula else c.prior if len(c.before) == 1 else [])[-4:]]
        name = name[max((i + 1 for i, w in enumerate(name) if not w[:1].isupper()), default=0):]
        stake = f"stake in {' '.join(noun[2:])}"  # "Zorba, a 12% investor in Kesta": Zorba's stake in Kesta
        return (f"{possessive(' '.join(name))} {stake}" if name else stake), ""  # (also "Zorba is a 12% owner of")
    if unit_price(c, noun):
        return f"price of {' '.join(noun)}", ""  # "The £200 handheld computers": what each costs
    if c.unit not in ("percent", "points", "count") and head and plain(head[-1]) in BUILT_THINGS \
            and all(w[:1].islower() for w in head):
        return f"cost of {' '.join(noun)}", ""  # "to build a $1.5bn factory in China": what it costs to build
    if before is not c.before and plain(c.before[-1]) in PERIODIC and plain(noun[0]) not in PERIODIC:
        noun = [c.before[-1].strip(EDGE_PUNCT)] + noun  # "an annual £3bn funding gap" -> "annual funding gap"
    owner = possessor(before) if c.unit != "count" and plain(noun[0]) not in PER_WORDS | DETERMINERS \
        and plain(noun[-1]) not in ROLE_NOUNS and not any("'" in w or "’" in w for w in noun) else ""
    # (not "the club's 90p a share", nor "Zorba's £24m striker": a price)
    if c.relative and not owner and len(noun) == 1 and plain(noun[0]) in CHANGE_NOUNS and c.prior:
        measure = noun_phrase_before([w.rstrip(",") for w in c.prior])
        if measure and measured(measure[-1]) and not any(part_of_figure(w) for w in measure):
            if c.prior_opens and len(measure) == len(c.prior) and measured(measure[0]):
                measure = [measure[0].lower()] + measure[1:]  # ("Exports, which saw": the sentence's capital)
            return f"{noun[0]} in {' '.join(measure)}", change_of(noun[-1], c.unit)
            # "Kesta's exports, which saw a 3% fall": a fall in them
    when = time_owned(before) if not owner else ""  # "May's 2% dip in fuel sales": in May
    noun = noun[:-1] + [noun[-1].rstrip(",.;:")] if when else noun
    return " ".join(([owner] if owner else []) + noun + ([when] if when else [])), change_of(noun[-1], c.unit)


def time_owned(words: list[str]) -> str:
    """The time a possessive ending `words` names, as a phrase: "December's" -> 'in December', "Monday's"
    -> 'on Monday', "last year's" -> 'last year'; else ''."""
    last = words[-1].removesuffix("'s").removesuffix("’s") if words else ""
    if plain(last) in MONTHS:
        return f"in {last}"
    if plain(last) in WEEKDAYS:
        return f"on {last}"
    if plain(last) in ("year", "month", "week", "quarter") and len(words) > 1 and plain(words[-2]) in ("last", "this", "next"):
        return f"{plain(words[-2])} {plain(last)}"
    return ""


BORROWED = _set("loan loans credit bond bonds")  # what someone took out, secured or issued: "the bond that Zorba had issued"


def contact_clause(words: list[str]) -> list[str]:
    """A relative clause without 'that' after a deal's noun: a name, its verb in the past and whom with
    ('Kesta signed with Zelco in May' -> Kesta signed with Zelco; 'that Zorba had secured' as written); else []."""
    lead = words[:1] if words[:1] and plain(words[0]) in ("that", "which") else []
    words = words[len(lead):]
    name = []
    while len(name) < 3 and len(words) > len(name) and words[len(name)][:1].isupper() and words[len(name)].isalpha():
        name.append(words[len(name)])
    rest = words[len(name):]
    had = rest[:1] if lead and rest[:1] and plain(rest[0]) in ("had", "has", "have") else []  # "that Zorba had secured"
    rest = rest[len(had):]
    if not name or not rest or not (plain(rest[0]) in PAST_TENSES or (plain(rest[0]).endswith("ed") and rest[0].islower())):
        return []
    verb = had + [rest[0].rstrip(",.;:")]
    whom = noun_run(rest[2:], names=True) if len(rest) > 2 and plain(rest[1]) in ("with", "to", "for", "from") \
        and not rest[0].endswith((",", ".", ";")) else []
    whom = whom[:next((i for i, w in enumerate(whom) if i and plain(w) in PREPOSITIONS), len(whom))]
    return lead + name + verb + ([rest[1]] + [w.rstrip(",.;:") for w in whom] if whom else [])


FIGURE_NOUNS = _set("figure figures level total number tally mark")  # a year's figure is its measure's
YEAR_OWNER = Lazy(r"(?:19|20)\d\d['’]s")


def unit_price(c: Clause, noun: list[str]) -> bool:
    """Whether a small, unscaled sum before a plural noun that is no measure is the price of each
    ('the £200 handheld computers', '$30 tickets'; not '£5m contracts', '£300 fines')."""
    head = plain(noun[-1])
    return c.unit not in ("percent", "points", "count") and not SCALED.search(c.figure) \
        and DIGIT.search(c.figure) is not None and head.endswith("s") and not head.endswith("ss") \
        and not measured(head) and head not in FIRM_MEASURES and head not in MONEY_NOUNS and len(noun) <= 3 \
        and all(w[:1].islower() for w in noun)


FRACTIONS = _set("half halves third thirds quarter quarters fifth fifths tenth tenths majority minority")
DEMONYM_PLURALS = frozenset(d + "s" for d in DEMONYMS if not d.endswith(("s", "sh", "ch", "ese")))
# "Ethiopians | depend on": a people, then their verb
BUILT_THINGS = _set("""factory factories plant plants mill mills refinery refineries pipeline pipelines bridge bridges
stadium stadiums terminal terminals building buildings tower towers railway railways tunnel tunnels dam dams
headquarters smelter smelters""")  # a sum before one is what it costs (not "a £5bn project": a sum itself)
MONEY_NOUNS = _set("""fines payments grants loans bonds contracts projects schemes deals subsidies claims damages
benefits allowances pensions credits refunds donations awards prizes coins notes banknotes""")  # sums, not goods
PERIODIC = _set("annual yearly monthly quarterly weekly daily hourly full-year half-year")  # how often: part of the measure


def possessor(words: list[str]) -> str:
    """The owner a possessive ending `words` names, as written: 'Zorba Motors'', "the government's",
    "the existing firm's" ("the firm's $9bn loan" -> "the firm's loan"); '' for a time ("December's 4%
    rise", "the third quarter's") or a possessive with no name nor determiner."""
    last = words[-1] if words else ""
    if not last.endswith(("'s", "’s", "s'", "s’")):
        return ""
    base = plain(last[:-2] if last.endswith(("'s", "’s")) else last[:-1])
    if base in MONTHS or base in WEEKDAYS or base in TIME_NOUNS or base in ("today", "yesterday", "tomorrow"):
        return ""
    k = len(words) - 1
    if last[:1].isupper() or (last[:1].isdigit() and k and words[k - 1][:1].isupper()):  # ("the FTSE 100's")
        while k and words[k - 1][:1].isupper() and not words[k - 1].endswith((".", ",", ":", ";")) and len(words) - k < 4:
            k -= 1
        k -= k and plain(words[k - 1]) == "the"  # "the LSE's"
        return " ".join(words[k:])
    while k and len(words) - k < 3 and is_noun(words[k - 1]) or (k and plain(words[k - 1]) == "existing"):
        k -= 1
    return " ".join(words[k - 1:]) if k and plain(words[k - 1]) == "the" else ""


def held_in(words: list[str]) -> bool:
    """Whether words open with a holding and where it is held: 'controlling stake in Zorba'."""
    at = next((i for i, w in enumerate(words) if plain(w) in PREPOSITIONS), len(words))
    return any(plain(w) in HELD for w in words[:at]) and at < len(words) and plain(words[at]) in ("in", "of")


def with_complement(noun: list[str], words: list[str]) -> list[str]:
    """A deal's noun phrase with its partner or its purpose, when `words` go on with one: 'deal with
    Zorba', 'deal to build a port in Orlo'; a claim's with whom it is against: 'lawsuit against
    Zorba' (noun_run stops before all three)."""
    if not noun or plain(noun[-1]) not in AGREEMENTS | CLAIMS or len(words) < len(noun) + 2:
        return noun
    rest = words[len(noun):]
    if plain(noun[-1]) in CLAIMS:
        if plain(rest[0]) != "against":
            return noun
        lead = rest[:1]  # "a $5m lawsuit against Zorba": whom it is against
    elif plain(rest[0]) == "with":
        lead = rest[:1]
    elif plain(rest[0]) == "to" and rest[1][:1].islower() and plain(rest[1]) not in DETERMINERS and len(rest) > 2:
        lead = rest[:2]
    else:
        return noun
    more = noun_run(rest[len(lead):], names=True)
    cut = next((i for i in range(1, len(more)) if more[i - 1][:1].isupper() and more[i][:1].islower()
                and plain(more[i]).endswith("s") and plain(more[i]) not in PREPOSITIONS), len(more))
    cut = next((i for i in range(1, cut) if plain(more[i]) in TIME_OPENERS or plain(more[i]) in EDGE_WORDS
                or more[i - 1][-1:] in ",;:"), cut)  # ("against Zorba | last week", "against Zorba | after")
    room = ABOUT_WORDS - len(noun) - len(lead)
    if len(more) > room:  # cut by the length limit: not after a word that waits for its noun ("of liquefied | gas")
        more = more[:room]
        while more and (plain(more[-1]).endswith("ed") or plain(more[-1]) in OPEN_ADJECTIVES
                        or more[-1].endswith(("'s", "’s"))):
            more.pop()
    more = more[:cut]  # ("with Kesta Bank | ends in May")
    while more and (plain(more[-1]) in PREPOSITIONS or plain(more[-1]) in DETERMINERS):
        more.pop()
    return noun + lead + more if more else noun


HOLDERS = _set("shareholder stakeholder owner investor")  # "a 12% investor in Kesta" holds a stake
AGREEMENTS = _set("deal deals agreement contract contracts accord pact partnership venture settlement merger alliance")
EDGE_WORDS = _set("while whereas but although though because when if unless which who where after before as")
CLAIMS = _set("claim claims lawsuit lawsuits suit suits case action bet bets")  # claimed or wagered against someone


def relative_after(c: Clause) -> str:
    """What is done to 'the' sum or share a clause goes on to tell of: 'the £4m raised by 9 charities'
    -> 'money raised by 9 charities'; 'the 6% savers originally hoped to earn' -> 'share
    savers hoped to earn'; 'the £900 costs awarded by a judge' -> 'costs awarded by a judge';
    else ''. Not what reports a figure ('the 2.2% recorded in 2003', 'the $2bn announced by Zorba')."""
    if not c.before or plain(c.before[-1]) != "the" or c.unit in ("count", "points") or not c.after:
        return ""
    words, noun = c.after, []
    if len(words) > 1 and is_noun(words[0]) and plain(words[0]).endswith("s") and not plain(words[0]).endswith("ss") \
            and plain(words[0]) not in PER_TIME:
        rest = [w for w in words[1:] if not (plain(w).endswith("ly") and w[:1].islower())]
        # "creditors | previously hoped"
        k = 0
        while k < len(rest) and plain(rest[k]) in AUXILIARY_FORMS:
            k += 1  # "investors | had expected"
        noun, words = words[:1], rest[k:]
    verb = plain(words[0]) if words else ""
    foreseen = verb in FORESEEN and len(words) > 2 and plain(words[1]) in PREPOSITIONS  # "the £4bn forecast in June"
    if not words or not words[0][:1].islower() or not (verb.endswith("ed") or verb in PAST_TENSES) \
            or (verb in REPORTING and not foreseen) or (not noun and verb in FRAME_WORDS and not foreseen) \
            or (not noun and not (len(words) > 1 and plain(words[1]) in PREPOSITIONS)):
        return ""  # ("the 5% expected", "the £3m left")
    deed = [words[0]]
    for i, w in enumerate(words[1:ABOUT_WORDS - len(noun)], 1):
        counted = w.isdigit() and i + 1 < len(words) and words[i + 1][:1].islower()  # "by 16 political parties"
        if plain(w) in DEED_ENDS or (part_of_figure(w) and not counted) \
                or (plain(w).endswith("ed") and w[:1].islower()):
            break  # ("left over | could then go", "in 2004 | used")
        deed.append(w)
        if w[-1:] in ",.;:":
            break
    if len(noun) + len(deed) >= ABOUT_WORDS - 1:  # cut short: end before its last preposition
        deed = deed[:max((i for i, w in enumerate(deed) if i > 1 and plain(w) in PREPOSITIONS), default=len(deed))]
    while len(deed) > 1 and (plain(deed[-1]) in PREPOSITIONS_OF_TIME or plain(deed[-1]) in DETERMINERS) \
            and not (len(deed) == 2 and plain(deed[-1]) in PARTICIPLE_PARTICLES):
        deed.pop()  # ("sent in by builders | since 2009")
    text = " ".join(noun + deed).rstrip(",.;:")
    if noun and len(deed) > 1 and plain(deed[1]) == "by":
        return text  # "the £900 costs awarded by a judge": the noun is what the sum is
    return f"{'share' if c.unit == 'percent' else 'money'} {text}" if len(noun + deed) > 1 else ""


REPORTING = _set("announced reported recorded posted seen predicted estimated registered logged made forecast")
FORESEEN = _set("predicted forecast projected expected")  # a sum foreseen is another measure: its forecast


HELD = _set("stake holding shareholding")
RECEIVING = _set("received receives receive rejected rejects rebuffed rebuffs accepted accepts considering weighing")
REBUFFING = _set("rejected rejects rebuffed rebuffs")
TAKING_STAKES = _set("bought buys buy buying acquired acquire acquires took take takes taking built builds holds hold "
                     "owns own raised raises")  # "has acquired a 35% stake in Kesta": the buyer's stake
WHERE_ADVERBS = _set("home abroad overseas away back ahead apiece alone offshore")
NP_STOPS_BUT_AND = NP_STOPS - _set("and")
HOLDING_VERBS = _set("hold holds held own owns owned have has had control controls")


def more_of_noun(c: Clause):
    """'15% more passengers' -> 'passengers' (up); '8% fewer visitors' -> 'visitors' (down)."""
    if c.unit == "percent" and len(c.after) > 1 and plain(c.after[0]) in ("more", "fewer", "less") \
            and is_noun(c.after[1]) and plain(c.after[1]).endswith("s") and plain(c.after[1]) not in TIME_NOUNS:
        noun = noun_run(c.after[1:])
        verb = [plain(w) for w in c.before if plain(w) not in HEDGES][-1:]
        done = participle(verb[0]) if verb and verb[0] in MOVED_GOODS else ""  # "has made 4% more vans" -> "vans made"
        phrase = " ".join(noun).rstrip(",.;:") + (f" {done}" if done else "")
        return (phrase, COMPARATIVES[plain(c.after[0])]) if noun else None
    return None


MOVED_GOODS = _set("""sold sell sells made make makes built build builds produced produce produces shipped ship ships
delivered deliver delivers exported export exports imported import imports carried carry carries""")


TIME_FRAME_WORDS = TIME_NOUNS | _set("next last this the")


def someones_estimate(c: Clause):
    """'below the 2.4% the ministry predicted' -> "the ministry's forecast"; 'beat the 2% that
    analysts had expected' -> "analysts' forecast": a figure someone guessed is their guess."""
    guessed = [plain(w) for w in c.after[:6] if plain(w) not in ("that", "which", "had", "has", "have")][:4]
    if not c.before or plain(c.before[-1]) not in ("the", "a", "an"):
        return None
    if len(guessed) > 2 and guessed[0] in ("the", "a", "an") and guessed[2] in GUESS_NOUNS and guessed[1].isalpha():
        return f"the {guessed[1]}'s {GUESS_NOUNS[guessed[2]]}", ""
    if len(guessed) > 1 and guessed[0] in FORECASTERS and guessed[1] in GUESS_NOUNS and plain(c.before[-1]) == "the":
        return f"{guessed[0]}' {GUESS_NOUNS[guessed[1]]}", ""
    return None


GUESS_NOUNS = {"estimated": "estimate", "forecast": "forecast", "predicted": "forecast", "projected": "projection",
               "expected": "forecast"}  # "the 2.4% the ministry estimated" -> "the ministry's estimate"


def noun_of_figure(c: Clause):
    """'profits of $4m' -> 'profits'; 'a fine of £5m' -> 'fine'; 'a deal worth $2bn' -> 'deal';
    'shares valued at $5bn' -> 'shares'; 'a rise of 5%' -> 'rise' (up)."""
    words = c.before
    k = len(words)
    if c.unit == "percent" and c.after[:1] and plain(c.after[0]) == "of":
        return None  # "holders of over 90% of its bonds": a share, read by share_of
    while k and plain(words[k - 1]) in BOUNDED:
        k -= 1  # "growth of only 1.8%", "an average of just over 3%", "of at least 10%"
    if k > 3 and [plain(w) for w in words[k - 3:k]] == ["in", "excess", "of"]:
        words, k = words[:k - 3] + words[k - 1:], k - 2  # "debts in excess of £40m": debts of £40m
    dash = k - next((i for i, w in enumerate(reversed(words[:k])) if plain(w) not in HEDGES), k)  # ("- some 47%")
    if dash and words[dash - 1] in ("-", "–", "—"):  # "The bulk of the fund - some £6m - will ..."
        return dashed_phrase(c, words[:dash - 1])
    bracketed = k == 0 and c.prior and (c.prior[-1].endswith("(") or c.prior[-1] in ("-", "–", "—") or c.opened)
    if bracketed or (c.prior and k and all(plain(w) in APPROX_WORDS or plain(w) in ("worth", "valued", "at", "of", "a",
                                                                                    "an") for w in words[:k])) \
            or (c.relative and c.prior and [plain(w) for w in words[:k]] in WORTH_LINKS):
        phrase = noun_phrase_before(c.prior)  # "The deal, worth $3bn,", "prices - at 2.4% - rose"
        of = next((i for i, w in enumerate(phrase) if plain(w) == "of"), None)
        if c.unit == "percent" and of and of + 1 < len(phrase) and plain(phrase[of - 1].split("-")[-1]) in FRACTIONS:
            return f"share of {' '.join(phrase[of + 1:])}", ""  # "Just over two-thirds of members (68%)"
        valued = "valued" in (plain(w) for w in words[:k]) or (c.relative and "is" in (plain(w) for w in words[:k])) \
            or (bool(phrase) and plain(phrase[0]).rstrip("s") in PRICE_UNITS)  # "3,217 tonnes of gold, worth $43bn"
        phrase = phrase[2:] if len(phrase) > 2 and plain(phrase[0]).rstrip("s") in PRICE_UNITS and phrase[1] == "of" \
            else phrase  # -> "value of gold"
        # "the largest insurer, valued at $9bn", "the chain, which is worth $400m": its value
        priced = bracketed and c.opened and c.unit not in ("percent", "points", "count") and phrase \
            and all(w[:1].islower() and plain(w) not in PREPOSITIONS for w in phrase) and len(phrase) <= 3 \
            and not measured(phrase[-1]) and plain(phrase[-1]) not in DEALS \
            and plain(phrase[-1]) not in AGREEMENTS  # "items include iron ingots ($5)": what each costs
        return ((f"value of {' '.join(phrase)}" if valued else f"price of {' '.join(phrase)}" if priced
                 else " ".join(phrase)), "") if phrase and is_noun(phrase[-1]) else None
    if k < 2:
        return None
    link = plain(words[k - 1])
    if link == "worth" and plain(words[k - 2]) in ("is", "was", "are", "were") and words[k - 3:k - 2] \
            and words[k - 3][:1].isupper() and plain(words[k - 3]) not in PRONOUNS:
        phrase = noun_phrase_before(words[:k - 2])  # "Zorba is worth $5bn": its value (a name, not "it")
        return (f"value of {' '.join(phrase)}", "") if phrase and phrase[-1][:1].isupper() else None
    if link == "at" and plain(words[k - 2]) == "valued":
        k -= 2
    elif link in ("of", "worth") or (link == "for" and plain(words[k - 2]) in CLAIM_NOUNS
                                     and not (c.after and plain(c.after[0]) in ("in", "of"))):  # ("$280bn in damages")
        k -= 1  # "a fine of", "a deal worth", "the demand for $280bn"
    else:
        return None
    if k and plain(words[k - 1]) in NP_STOPS and measured(words[k - 1]):  # "wage rises of", "a drop of"
        modified = compound(words[:k] + ["of"], k - 2)  # "annual pay rises of": "pay" a noun here
        phrase = noun_phrase_before(words[:k - 1 - modified]) + words[k - 1 - modified:k]
        if len(phrase) > 1 + modified and not (is_noun(phrase[-2 - modified]) or phrase[-2 - modified][:1].isupper()):
            phrase = phrase[-1 - modified:]
    else:
        phrase = noun_phrase_before(words[:k])
    comparison = max((i + (plain(w) == "excess") for i, w in enumerate(phrase)
                      if plain(w) in ("than", "against", "below", "above") or (
                          plain(w) in ("from", "to") and all(plain(x) in TIME_FRAME_WORDS for x in phrase[:i]))
                      or (plain(w) == "excess" and [plain(x) for x in phrase[i + 1:i + 2]] == ["of"])),
                     default=-1)  # ("spending well in excess of | the first budget of")
    phrase = phrase[comparison + 1:]  # "rise to 2% this year from an earlier forecast of 1%" -> "earlier forecast"
    phrase = after_infinitive(words[:k - len(phrase)], phrase)
    while phrase and plain(phrase[0]) in DETERMINERS:
        phrase = phrase[1:]
    head = phrase[-3] if len(phrase) > 2 and YEAR.fullmatch(plain(phrase[-1])) and plain(phrase[-2]) in PREPOSITIONS \
        else phrase[-1] if phrase else ""  # "a record loss in 2009 of ..."
    if not phrase or not (is_noun(head) or head[:1].isupper() or measured(head)):
        return None
    of_what = noun_run(c.after[1:], names=True) if len(c.after) > 1 and plain(c.after[0]) == "in" else []
    rest = c.after[1 + len(of_what):2 + len(of_what)]
    whole = of_what and not (rest and rest[0][:1].islower() and plain(rest[0]) not in PREPOSITIONS | NP_STOPS)
    when = any(plain(w) in TIME_NOUNS or plain(w) in MONTHS or YEAR.fullmatch(plain(w)) for w in of_what)
    if len(phrase) == 1 and plain(head) in CHANGE_NOUNS and whole and not when:
        phrase = phrase + ["in"] + of_what  # "an increase of 7% in its sales"
    if plain(head) in SUM_NOUNS and of_what and not when and c.unit not in ("percent", "points", "count"):
        return " ".join(of_what), ""  # "the payment of €160m in bonus payouts" -> "bonus payouts"
    if plain(head) in GENERIC_MEASURES:
        return generic_measure(c, words, k - len(phrase) - 1, phrase)
    refused = offered_to(words[:k - len(phrase)]) if plain(head) in AGREEMENTS and len(phrase) <= 2 \
        and k - len(phrase) > 1 and plain(words[k - len(phrase) - 2]) in REBUFFING else []
    if refused:
        phrase += ["rejected", "by"] + refused  # "Kesta had rejected a deal worth $8bn": an offer it turned down
    elif plain(head) in AGREEMENTS and len(phrase) <= 2:
        phrase += deal_terms(max(c.after, list(c.next_words), key=len), ABOUT_WORDS - len(phrase))
    elif plain(head) in OFFERS and len(phrase) <= 2 and link == "worth":
        phrase += offer_terms(words[:k - len(phrase)], max(c.after, list(c.next_words), key=len), ABOUT_WORDS - len(phrase))
    elif plain(head) in TRADINGS and link == "of":
        phrase += traded_goods(c, ABOUT_WORDS - len(phrase))
    return " ".join(holder(words[:k], phrase) + phrase), change_of(head, c.unit)


def after_infinitive(before: list[str], phrase: list[str]) -> list[str]:
    """A noun phrase without the verb of an infinitive it opens with: "(set to) | lead to yearly savings" ->
    'yearly savings'; any other phrase as it is."""
    if before and plain(before[-1]) == "to" and "to" in phrase[1:-1]:
        return phrase[phrase.index("to", 1) + 1:]
    return phrase


def traded_goods(c: Clause, room: int) -> list[str]:
    """What a sale or purchase of a sum was of, when it fits in `room` words: 'the sale of €3bn of treasury
    bills in an hour' -> ['of', 'treasury', 'bills'] (what was sold, not when); else []."""
    if c.after[:1] != ["of"] or c.unit in ("percent", "points", "count"):
        return []
    goods = [w.rstrip(",.;:") for w in noun_run(c.after[1:], names=True)]
    goods = goods[:next((i for i, w in enumerate(goods) if i and plain(w) in PREPOSITIONS), len(goods))]
    return ["of"] + goods if goods and len(goods) < room else []


TRADINGS = _set("sale sales purchase purchases issue buyback buybacks disposal")  # of a sum of goods: "sale of £2bn of bonds"


def offered_to(words: list[str]) -> list[str]:
    """The name that received, rejected or weighs the offer whose determiner ends `words` ('Kesta has
    rejected a'), else []."""
    if len(words) < 3 or plain(words[-2]) not in RECEIVING or plain(words[-1]) not in DETERMINERS:
        return []
    name = name_before([w for w in words[:-2] if plain(w) not in AUXILIARY_FORMS])
    return name if name and plain(name[0]) not in PRONOUNS else []


def offer_terms(before: list[str], after: list[str], room: int) -> list[str]:
    """For whom and from whom an offer worth an amount is: 'Kesta has rebuffed a | buyout offer worth
    $90m | from Zorba' -> 'for Kesta from Zorba'; 'an offer worth $2bn | for Kesta' -> 'for Kesta'."""
    if after[:1] and after[0].startswith("("):  # "worth €3bn ($4bn) from Zorba": past the conversion
        after = after[next((i for i, w in enumerate(after) if w.endswith(")")), len(after)) + 1:]
    target = noun_run(after[1:], names=True) if len(after) > 1 and plain(after[0]) == "for" else []
    terms = ["for"] + target if target else (["for"] + offered_to(before) if offered_to(before) else [])
    rest = after[1 + len(target):] if target else after
    bidder = rest[1:1 + next((i for i, w in enumerate(rest[1:6]) if w[-1:] in ",.;:"), 4) + 1] \
        if len(rest) > 1 and plain(rest[0]) == "from" else []
    terms += ["from"] + name_before(bidder) if name_before(bidder) else []  # ("from brewing giant | Zorba")
    terms = [w.rstrip(",.;:") for w in terms]
    return terms if len(terms) <= room and not any(w[-1:] in ",;:" for w in target[:-1]) else []


def deal_terms(after: list[str], room: int) -> list[str]:
    """Who a deal is for or with, and what it has them do, from the words after its amount: 'for Kesta
    to build 4 new ferries for ...' -> 'for Kesta to build 4 new ferries'; 'with Kesta' -> 'with Kesta';
    [] when they do not fit in `room` words; a participle before them is passed over ('agreed with 12 ports')."""
    if len(after) > 2 and plain(after[0]) in STRUCK and plain(after[1]) in ("for", "with"):
        after = after[1:]  # "a $30m settlement agreed with 12 towns" -> "settlement with 12 towns"
    party = noun_run(after[1:], names=True) if len(after) > 1 and plain(after[0]) in ("for", "with") else []
    if not party and len(after) > 2 and plain(after[0]) == "with" and after[1].isdigit():
        party = after[1:2] + noun_run(after[2:])  # "with 12 ports"
        party = party[:next((i for i, w in enumerate(party) if i > 1 and plain(w) in PREPOSITIONS), len(party))]
    deed = after[1 + len(party):]
    counted = 1 if len(deed) > 3 and part_of_figure(deed[2]) else 0  # "to build | 4 | new ferries"
    thing = noun_run(deed[2 + counted:], names=True)
    thing = thing[:next((i for i, w in enumerate(thing) if i and plain(w) in PREPOSITIONS), len(thing))]  # "| to Air China"
    task = deed[:2 + counted] + thing if len(deed) > 2 and plain(deed[0]) == "to" and deed[1].isalpha() \
        and deed[1].islower() else []
    terms = [w.rstrip(",.;:") for w in after[:1] + party + task]
    return terms if party and not any(w[-1:] in ",;:" for w in party[:-1]) and len(terms) <= room else []


STRUCK = _set("reached agreed signed struck sealed made announced")  # how a deal came about, before its party


def change_of(noun: str, unit: str) -> str:
    """The direction a change noun gives its figure ('a 5% rise': up); none for a sum lost, which is a
    loss, not a fall ('a loss of $27m', 'a $3m loss'; but 'a 5% loss in value' is down)."""
    if plain(noun) in ("loss", "losses") and unit not in ("percent", "points", "count"):
        return ""
    return CHANGE_NOUNS.get(plain(noun), "")


WORTH_LINKS = (["is", "worth"], ["was", "worth"], ["is", "now", "worth"], ["are", "worth"], ["were", "worth"])


def holder(words: list[str], phrase: list[str]) -> list[str]:
    """The name that has a measure, as a possessive, when `words` end '<name> has (a) <phrase>': 'The
    Orlo Islands has a trade surplus (of $90m)' -> ["Orlo Islands'"]; else []."""
    if not phrase or phrase[0][:1].isupper() or any(w.endswith(("'s", "’s")) for w in phrase):
        return []  # named already
    i, left = len(words), sum(plain(w) not in DETERMINERS for w in phrase)
    while i and left:
        i -= 1
        left -= plain(words[i]) not in DETERMINERS
    while i and plain(words[i - 1]) in DETERMINERS:
        i -= 1
    if left or i < 2 or plain(words[i - 1]) not in ("has", "have", "had"):
        return []
    name = [w for w in words[:i - 1] if plain(w) not in DETERMINERS]
    if [plain(w) for w in words[:i - 1]] in (["the", "country"], ["the", "nation"]):
        return ["the", "country's"]  # "The country has a population of ...": the country's, for the_country to name
    if not name or len(name) > 4 or not all(w[:1].isupper() for w in name) or name[-1].endswith(("'s", "’s")) \
            or plain(name[-1]) in PRONOUNS:
        return []  # (not "It has")
    return name[:-1] + [possessive(name[-1])]


SUM_NOUNS = _set("payment payments sum sums amount total money")  # say less than the "in" after: "a sum of $5m in fines"


def yearly(after: list[str]) -> bool:
    """Whether the words after a rate say it is a year's: 'a year', 'per year', 'every year', 'annually'."""
    return [plain(w) for w in after[:2]] in (["a", "year"], ["per", "year"], ["every", "year"], ["each", "year"]) \
        or [plain(w) for w in after[:1]] == ["annually"]


def dated(word: str) -> bool:
    """Whether a word names a month or a weekday, a name wherever it stands: 'December's car sales'."""
    w = plain(word).removesuffix("'s").removesuffix("’s")
    return w in MONTHS or w in WEEKDAYS


ECONOMY_MOVES = _set("grew grow grows growing expanded expand expands shrank shrink shrinks shrunk contracted contract contracts")
ECONOMY_HOLDERS = _set("region country nation bloc zone area continent state island kingdom republic")  # (not "sales")


def growth_of(c: Clause, subject: list[str], up: bool, annual: bool) -> str:
    """A rate something grows or falls at, named as its growth: 'annual growth in sales', 'fall in output'
    (a sentence's first word loses its capital unless it opens a name)."""
    first = subject[0].lower() if c.at_start and subject[0] == c.before[0] and not c.named else subject[0]
    return f"{'annual ' if annual else ''}{'growth' if up else 'fall'} in {' '.join([first] + subject[1:])}"


def dashed_phrase(c: Clause, words: list[str]):
    """What a figure set between dashes measures, from the words before the first dash: 'the bulk of
    the fund - some £6m -' -> 'bulk of the fund'; 'Nearly half of all pupils - some 48% -' ->
    'share of all pupils'; None when the words after it say ('the aid - $40m in cash')."""
    if len(c.after) > 1 and plain(c.after[0]) == "in" and is_noun(c.after[1]) and c.unit not in ("percent", "points"):
        return None  # "the aid - $40m in cash and $9m in food": cash, said after it
    phrase = noun_phrase_before(words)
    of = next((i for i, w in enumerate(phrase) if plain(w) == "of"), None)
    if c.unit == "percent" and of and of < len(phrase) - 1 and all(
            plain(w) in HEDGES or plain(w) in NUMBER_WORDS or plain(w).rstrip("s") in FRACTION_WORDS
            for w in phrase[:of]):
        return f"share of {' '.join(phrase[of + 1:])}", ""  # "Nearly half of all pupils - some 48% -"
    return (" ".join(phrase), "") if phrase and (is_noun(phrase[-1]) or measured(phrase[-1])) else None


def generic_measure(c: Clause, words: list[str], at: int, phrase: list[str]):
    """What a generic measure ('rate', 'level', 'low') before 'of' and a figure is of: the subject of a
    participle clause ('Inflation has risen, hitting an annual rate of 2%' -> 'annual rate of inflation'),
    or of the verb it follows ('Output climbed at a yearly rate of 2.2%' -> 'output' (up); 'fell to
    a low of' is a level, without direction). `at` is the index of the word before the phrase."""
    if plain(words[0]).endswith("ing") and words[0][:1].islower() \
            and plain(words[0]) not in CHANGING:  # ("expanding at a rate of": growth)
        subject = clause_subject(c)
        return " ".join(phrase + ["of"] + subject if subject else phrase), ""
    at -= 1 if at > 0 and plain(words[at]) in DETERMINERS else 0
    verb = at - 1
    if verb > 0 and part_of_figure(words[verb]):  # "jump 3.2% to a peak of 410p", "rose faster by 16% to a record of"
        verb = next((j for j in range(verb - 1, max(-1, verb - 5), -1) if plain(words[j]) in CHANGE_VERBS), verb)
    moving = plain(words[verb]) in RISING or plain(words[verb]) in FALLING  # "is climbing at a rate of"
    if at > 0 and plain(words[at]) in ("at", "to", "by") and is_verb(words[verb]) \
            and (plain(words[verb]) in CHANGE_VERBS or moving) \
            and (plain(words[at]) != "by" or plain(phrase[-1]) == "average"):
        subject = noun_phrase_before(words[:verb])
        if subject and (is_noun(subject[-1]) or measured(subject[-1])):
            rate = plain(words[at]) != "to"
            average = ["on", "average"] if plain(words[at]) == "by" else []  # "grew by an average of 3%"
            up = plain(words[verb]) in RISE_WORDS or plain(words[verb]) in RISING
            if rate and not average and yearly(c.after):  # "bookings are climbing at a rate of 8% each year"
                return growth_of(c, subject, up, True), ""
            return " ".join(subject + average), ("up" if up else "down") if rate else ""
    if at > 0 and plain(words[at]) == "at" and plain(words[verb]) in COPULAS | RUNNING and plain(phrase[-1]) == "rate":
        subject = noun_phrase_before(words[:verb])  # "Inflation stood at a yearly rate of 2%": the rate of inflation
        if subject and (is_noun(subject[-1].lower()) or measured(subject[-1])) and plain(subject[-1]) != "rate" \
                and not any(w[:1].isupper() for w in subject[1:]):
            first = subject[0].lower() if c.at_start and subject[0] == words[0] else subject[0]  # (the sentence's capital)
            return " ".join(phrase + ["of", first] + subject[1:]), ""
    return " ".join(phrase), ""


RUNNING = _set("ran runs run running stood stands stand remained remains stayed stays")  # "inflation ran at"


BOUNDS = _set("only at above below")
CLAIM_NOUNS = _set("demand demands claim claims bid bids request requests order orders bill lawsuit suit")
GENERIC_MEASURES = _set("rate level high low record peak average")  # say how much, not of what
ING_CHANGES = _set("expanding growing shrinking contracting increasing decreasing declining")


def clause_subject(c: Clause) -> list[str]:
    """The subject of the clause before a participle clause, a common noun's phrase ('Inflation, however,
    has risen' -> ['inflation']), or []."""
    first_verb = first_verb_of(c.prior)
    subject = noun_phrase_before(c.prior[:first_verb]) if first_verb else []
    opener = first_verb - len(subject) - 1 if subject else -1
    if opener >= 0 and plain(c.prior[opener]) in NP_OPENERS:
        subject = c.prior[opener:opener + 1] + subject  # "the dollar"
    if not subject or not (is_noun(subject[-1]) or measured(subject[-1]) or subject[-1][:1].isupper()):
        return []
    if subject[0][:1].isupper() and subject[0] == c.prior[0] and (plain(subject[0]) in MEASURE_NOUNS
                                                                   or plain(subject[0]) in c.vocab):
        subject = [plain(subject[0])] + subject[1:]  # the sentence's capital
    return [w.rstrip(",") for w in subject]


def figure_in_noun(c: Clause):
    """'$2bn in sales' -> 'sales'; '100 yuan worth of goods' -> 'goods'."""
    after, often = c.after, []
    if len(after) > 3 and plain(after[0]) in PER_WORDS and plain(after[1]) in PER_TIME and plain(after[2]) == "in" \
            and not adverbial(after, 2):  # (not "£2m a month | in order to")
        after, often = after[2:], after[:2]  # "£2m a month in grants" -> "grants a month"
    k, _ = verb_before(c.before)
    if k < len(c.before) and "in" in TARGETED.get(VERB_NOUNS.get(plain(c.before[k]), ""), ()):
        return None  # "invest $20bn in oil projects": the verb's, read by subject_of_verb
    if [plain(w) for w in after[:2]] == ["in", "value"] and any(w in DASHES for w in c.before):
        return None  # "farmland - representing £2bn in value -": the value of what the dash follows (dashed_subject)
    if len(after) >= 2 and plain(after[0]) == "in" and plain(after[1]) not in TIME_NOUNS | DETERMINERS \
            and c.unit not in ("percent", "points"):  # "$2bn in sales"; "5% in early trading" is no measure
        noun = noun_run(after[1:])
    elif len(after) >= 3 and plain(after[0]) == "worth" and plain(after[1]) == "of":
        noun = noun_run(after[2:])
    elif len(after) >= 2 and plain(after[0]) == "of" and c.unit != "percent":  # "£234m of cuts", "$2m of Zelco's loans"
        named = after[1].endswith(("'s", "’s")) or (after[1][:1].isupper() and len(after) > 2 and is_noun(after[2]))
        noun = noun_run(after[1:], names=named)  # ("$2bn of Orlo's bonds", "£7bn of Treasury money")
    else:
        return None
    if noun and plain(noun[0]) in SESSION_TIMES and plain((after[2:3] or noun[-1:])[0]) in SESSIONS:
        return None  # "at 40p in morning trade", "to 96p in late trading," say when, not what
    if noun and often:
        at = complement_at(noun)
        noun = noun[:at] + often + noun[at:]  # "aid a year for the next decade"
    if noun and k < len(c.before) and plain(c.before[k]) in LOSING and plain(after[0]) == "in" \
            and plain(noun[0]) not in COUNTING_WORDS and plain(noun[complement_at(noun) - 1]) not in WHEN_NOUNS:
        # ("lost $3 in two weeks"; but "lost income from farming over the coming weeks")
        noun = ["lost"] + noun  # "could lose $9m in revenue" -> "lost revenue"
    elif noun and k < len(c.before) and plain(c.before[k]) in SAVING and plain(after[0]) == "in":
        noun = ["savings", "in"] + noun  # "hopes to save $40m in fuel" -> "savings in fuel"
    given = next((i for i in range(len(c.before) - 1, -1, -1) if plain(c.before[i]) in HANDING), None)
    taker = [w for w in c.before[given + 1:] if plain(w) not in POSSESSIVES] if given is not None else []
    if noun and plain(after[0]) == "in" and 0 < len([w for w in taker if plain(w) not in DETERMINERS]) <= 3 \
            and is_noun(plain(taker[-1])) \
            and not any(part_of_figure(w) or plain(w) in PREPOSITIONS for w in taker):
        noun = [w.rstrip(",.;:") for w in noun] + ["to"] + taker  # "give its ailing fishing fleet $8m in
        # aid" -> "aid to ailing fishing fleet"
    held = len(c.before) == 2 + (len(c.before) > 2 and c.before[-3][:1].isupper()) \
        and plain(c.before[-1]) in HOLDING and all(w[:1].isupper() and w.isalpha() for w in c.before[:-1])
    if held and noun and plain(after[0]) == "in" and plain(c.before[0]) not in PRONOUNS | DETERMINERS:
        noun = [possessive(" ".join(c.before[:-1]))] + noun  # "Orlo has $9bn in savings" -> "Orlo's savings"
    return (" ".join(noun), "") if noun else None


HOLDING = _set("has had holds held")
SESSIONS = _set("trade trading dealings deals session")  # a market's hours: "in early trading"
SESSION_TIMES = _set("""morning early late afternoon midday lunchtime evening overnight electronic after-hours
pre-market opening closing thin heavy light volatile""")
SESSION_WORDS = SESSION_TIMES | SESSIONS | frozenset(WEEKDAYS) | _set("on in during")
PER_WORDS = _set("a an per each every")
LOSING = _set("lose loses lost losing")
SAVING = _set("save saves saved saving")


def share_of(c: Clause):
    """'owns 12% of Zorba' -> 'share of Zorba'; '70% of voters' -> 'share of voters'."""
    if c.unit == "percent" and len(c.after) >= 2 and plain(c.after[0]) == "of":
        if len(c.after) > 2 and plain(c.after[1]) in DETERMINERS and plain(c.after[2]) in ("value", "worth"):
            return None  # "the Kesta index shed 3% of its worth": the change of the index, said by the subject rule
        of = c.after[1:]
        while len(of) > 2 and plain(of[0]) in DETERMINERS and part_of_figure(of[1]) and not part_of_figure(of[-1]):
            of = of[:1] + of[2:]  # "40% of the 9,000 claims", "of the 12 million adults": counted too
        if len(of) > 1 and plain(of[0]) == "those" and (plain(of[1]).endswith("ed") or plain(of[1]) in PAST_PARTICIPLES):
            ages = ages_after(of[2:]) if plain(of[1]) == "aged" else []  # "of those aged 45-54"
            return f"share of those {' '.join(of[1:2] + ages).rstrip(',.;')}", ""  # "50% of those questioned said ..."
        aged = AGE_GROUP.match(" ".join(of))
        if aged:
            return f"share of {aged[0]}", ""  # "12% of 25-34 year olds", "of 40-year-olds"
        rest = noun_run(of, names=True)
        rest = rest[:next((i for i, w in enumerate(rest) if i and w in PAST_TENSES), len(rest))]  # "of adults in Orlo | took"
        rest = rest[:next((i for i, w in enumerate(rest) if i and plain(w) in SUBJECT_ADVERBS and i + 1 < len(rest)
                           and plain(rest[i + 1]) not in PREPOSITIONS), len(rest))]  # "of the workforce | already earns"
        if rest:
            whole = " ".join(rest).rstrip(",.")
            tail = of[len(rest):]
            aged = len(tail) > 1 and plain(tail[0]) in ("under", "over") and plain(tail[1]).isdigit()
            whole += f" {plain(tail[0])} {plain(tail[1])}" if aged else \
                (which_were(tail) or reduced_tail(tail, len(rest)) or what_they_do(tail, len(rest), c.next_words)) \
                if is_noun(rest[-1]) or measured(rest[-1]) or rest[-1] in DEMONYM_PLURALS else ""
            # ("21% of adults under 30": which adults)
            source = noun_run(tail[2:], names=True) if [plain(w) for w in tail[:2]] in COMES_FROM else []
            source = [] if any(plain(w) in PRONOUNS for w in source) else source  # ("from donors we don't name")
            whole, came = whole.rstrip(",.;:"), " ".join(source).rstrip(",.;:")
            whole += f" from {came}" if source and not whole.endswith(f" from {came}") else ""  # "5% of GDP comes from
            # tourism"; (not twice: "60% of the letters came from strangers" -> "... that came from strangers")
            k, _ = verb_before(c.before)  # "Spending came to 2% of output" -> "spending as a share of output"
            holder = stake_holder(c, k) if any(w[:1].isupper() for w in whole.split()) else ""  # ("search-engine Zorba")
            if holder:  # "Kesta, which holds 40% of Zelco" -> "Kesta's stake in Zelco"
                return stake_status(c, k, holder, whole), ""
            bare = [w for w in c.before if plain(w) not in HEDGES]
            named = name_before(bare[:-1]) if len(bare) > 1 and plain(bare[-1]) == "with" else []
            if named and not (c.at_start and len(named) == len(bare) - 1 and common_opener(named[0], c)):
                return f"{possessive(' '.join(named))} share of {whole}", ""  # "next came Kesta with 14% of sales"
            holders = group_holding(c, k) if whole[:1].isupper() else ""
            if holders:  # "The mill's workers - who hold 60% of Kesta Steel" -> "share of Kesta Steel held by workers"
                return f"share of {whole} {holders}", ""
            return (share_part(c, k, whole) or "share of " + with_deed(whole, share_deed(c.before))), ""
    return None


def share_part(c: Clause, k: int, whole: str) -> str | None:
    """What takes a share of `whole`, when the clause names it: the subject of a verb of sharing ('Spending came
    to 2% of output' -> 'spending as a share of output') or what accounts for it or makes it up ('tourism accounts
    for 6% of GDP'; a name: "Kesta Foods' share of output"), else None."""
    subject = subject_of_verb(c) if k < len(c.before) and plain(c.before[k]) in SHARE_VERBS else None
    words = [w for w in c.before if plain(w) not in HEDGES]
    participle = len(words) == 2 and c.prior and [plain(w) for w in words] in (["accounting", "for"], ["making", "up"])
    verb = first_verb_of(c.prior) if participle else None  # "Frauds were next, | accounting for 8% of all"
    while verb is not None and plain(c.prior[verb]) in SUBJECT_ADVERBS:  # ("Right now, Mexico leads")
        verb = next((j for j in range(verb + 1, len(c.prior)) if is_verb(c.prior[j])), None)
    if not subject and (len(words) > 2 or verb) and [plain(w) for w in words[-2:]] in ACCOUNTS_FOR:
        part = [w for w in noun_phrase_before(words[:-2] or c.prior[:verb]) if plain(w) not in DETERMINERS]
        # "tourism accounts for 6% of GDP"
        part = part[max((i + 2 for i, w in enumerate(part) if plain(w) in ("example", "instance")), default=0):]
        # ("for instance in Orlo fisheries account for": the fisheries)
        part = part[max((i + 1 for i, w in enumerate(part) if w.endswith(",")), default=0):]  # ("Right now, |
        # Mexico leads the way, accounting for 50%")
        subject = (" ".join(part), "") if part and (is_noun(part[-1]) or part[-1][:1].isupper()) else None
        part_named = bool(subject)
    else:
        part_named = False
    measure = DIRECTION_TAG.sub("", subject[0]).rstrip(",") if subject and subject[0] else ""
    first = measure.split()[0] if measure else ""
    if first and c.at_start and not c.named and c.before and first == c.before[0] \
            and first not in DEMONYMS and first not in DEMONYM_EXTRA and first not in DEMONYM_PLURALS:
        measure = measure[:1].lower() + measure[1:]  # "Pensioners make up 25% of": the sentence's capital
    elif part_named and all(w[:1].isupper() or plain(w) in NAME_JOINERS for w in measure.split()):
        return f"{possessive(measure)} share of {whole}"  # "Kesta Foods accounts for 8% of output"
    if measure and (is_noun(measure.split()[-1]) or measured(measure.split()[-1])):
        return f"{measure} as a share of {whole}"
    return None


COMES_FROM = (["comes", "from"], ["come", "from"], ["came", "from"])


def apposed_share(c: Clause):
    """'A large share of shoppers, 42%, pay by card ...' -> 'share of shoppers': a percentage set
    after a phrase that is a part of a group says how big that part is; else None."""
    if c.unit != "percent" or any(plain(w) not in HEDGES for w in c.before) or len(c.prior) < 3:
        return None
    of = max((i for i, w in enumerate(c.prior) if plain(w) == "of"), default=0)
    group = [w.rstrip(",") for w in c.prior[of + 1:] if plain(w) not in DETERMINERS]
    part = plain(c.prior[of - 1]) if of else ""
    return (f"share of {' '.join(group)}", "") if part in PARTS and 0 < len(group) <= 4 \
        and all(is_noun(w) or w[:1].isupper() for w in group[-1:]) else None


PARTS = _set("chunk majority minority proportion number quarter third half fifth most many some share fraction percentage")


def share_deed(before: list[str]) -> str:
    """What a clause does to the share after it, as a participle: 'is to close | 20% of its stores' ->
    'closed'; 'wipe out up to | 60% of its loans' -> 'wiped out'; '' when the words before the
    share end on no deed of SHARE_DEEDS ('make up 30% of', 'with 7% of', 'worth 5% of', 'owns 12% of')."""
    words = [plain(w) for w in before]
    while words and (words[-1] in HEDGES or words[-1] in ("a", "an", "as", "much") or words[-2:] == ["up", "to"]):
        del words[-2 if words[-2:] == ["up", "to"] else -1:]  # "up to", "an estimated", "about", "more than"
    particle = words.pop() if len(words) > 1 and words[-1] in DEED_PARTICLES else ""
    verb = words[-1] if words else ""
    if verb not in SHARE_DEEDS or (len(words) > 1 and words[-2] in DETERMINERS):
        return ""  # (a noun: "the cut of 5% of")
    return f"{participle(verb)} {particle}".strip()


def with_deed(whole: str, done: str) -> str:
    """A share's whole with what is done to it, after its head: 'his time to Zelco', 'devoted' -> 'his
    time devoted to Zelco'; 'the group's stores', 'closed' -> "the group's stores closed"."""
    if not done:
        return whole
    words = whole.split()
    at = next((i for i, w in enumerate(words) if i and (plain(w) in ("to", "into", "for", "on")
                                                        or (plain(w) == "in" and words[i + 1:i + 2] in (["a"], ["an"])))),
              len(words))  # (not "in Zelco": what the share is of)
    return " ".join(words[:at] + [done] + words[at:])


DEED_PARTICLES = _set("off out back away down")  # "write off", "sell off", "buy back", "give away"


AGE_GROUP = Lazy(r"\d+(?:\s*(?:to|-|–)\s*\d+)?[\s-]*years?[\s-]*olds\b")  # "25 to 34 year olds"


def stake_holder(c: Clause, k: int) -> str:
    """The name that owns, holds or controls the share a clause gives ('Kesta holds 30% of Zelco'), or ''."""
    if k >= len(c.before) or plain(c.before[k]) not in HOLDING_VERBS | CONTROLLING | ACQUIRING:
        return ""
    owner = noun_phrase_before(c.before[:k]) or sayer_of_it(c.before[:k]) or subject_elsewhere(c, k, False)
    if c.relative and not noun_phrase_before(c.before[:k]):  # "Zorba Capital Partners, which owns 4.5%"
        owner = noun_phrase_before(c.prior[:len(c.prior) - (c.prior[-1:] in (["-"], ["–"], ["—"]))])  # "Zorba - which"
        owner = owner[max((i + 1 for i, w in enumerate(owner) if not w[:1].isupper()), default=0):]
    owner = [w.rstrip(",") for w in owner if plain(w) not in DETERMINERS]
    if not owner or len(owner) > 5 or not all(w[:1].isupper() or plain(w) in NAME_JOINERS for w in owner):
        return ""
    return " ".join(owner)


def stake_status(c: Clause, k: int, holder: str, whole: str) -> str:
    """A stake with where the holder stands with it: held ("Kesta's stake in Zelco"), bought ('stake in
    Zelco bought by Kesta': not held all along) or to be bought ("Kesta's planned stake in Zelco": 'is
    buying', 'is to buy', 'will buy')."""
    verb = plain(c.before[k])
    if verb not in ACQUIRING:
        return f"{possessive(holder)} stake in {whole}"
    before = [plain(w) for w in c.before[max(0, k - 3):k]]
    if verb.endswith("ing") or "to" in before[-1:] or set(before) & MODALS:
        return f"{possessive(holder)} planned stake in {whole}"  # "was buying 100% of", "is to buy 40% of"
    if not verb.endswith(("ed", "ght")):
        return f"{possessive(holder)} stake in {whole}"
    when = period(whole)
    core = whole[:-len(when)].rstrip() if when and whole.endswith(when) and whole != when else whole
    return f"stake in {core} bought by {holder}" + (f" {when}" if core != whole else "")  # "... bought by Kesta in May"


def group_holding(c: Clause, k: int) -> str:
    """'held by workers' when a relative clause says a plural common noun before it owns, holds or
    controls the share ('The mill's workers, who hold 60% of'), or ''."""
    if not c.relative or k != 0 or k >= len(c.before) or plain(c.before[k]) not in HOLDING_VERBS | CONTROLLING:
        return ""
    prior = c.prior[:len(c.prior) - (c.prior[-1:] in (["-"], ["–"], ["—"]))]
    group = noun_phrase_before(prior)
    group = group[max((i + 1 for i, w in enumerate(group) if w.endswith(("'s", "’s")) or plain(w) in DETERMINERS),
                      default=0):]  # ("the firm's | creditors")
    if not group or len(group) > 3 or not all(w[:1].islower() for w in group) or not plain(group[-1]).endswith("s"):
        return ""
    verb = plain(c.before[k])
    done = "controlled" if verb in CONTROLLING else "held" if verb.startswith("h") else "owned"
    return f"{done} by {' '.join(group).rstrip(',')}"


def sayer_of_it(words: list[str]) -> list[str]:
    """The name that opens `words` and says what 'it', ending them, does: 'Zorba said in March that
    it now' -> ['Zorba']; else []."""
    while words and (plain(words[-1]) in SUBJECT_ADVERBS or plain(words[-1]) in AUXILIARY_FORMS):
        words = words[:-1]  # "it now", "it had"
    said = next((i for i, w in enumerate(words) if plain(w) in SPEECH_WORDS), 0)
    name = words[:said]
    return name if words[-1:] == ["it"] and 0 < len(name) <= 5 and all(w[:1].isupper() for w in name) \
        and plain(name[-1]).rstrip("s") not in ROLE_NOUNS else []  # (not "Analysts said it")


CONTROLLING = _set("control controls controlled")
ACQUIRING = _set("buy buys bought buying acquire acquires acquired acquiring purchase purchased")  # "may acquire 45% of Zelco"


def possessive(name: str) -> str:
    """'Zorba' -> "Zorba's", 'Zorba Motors' -> "Zorba Motors'"."""
    if name.endswith(("'s", "’s")):
        return name  # ("Foster's stake": the name is a possessive already)
    return name + ("'" if name.endswith("s") else "'s")


def reduced_tail(words: list[str], used: int) -> str:
    """' polled for the survey', ' made by private banks' when `words`, after a share's whole, open
    with a participle and its complement; else ''."""
    ages = ages_after(words[1:]) if words and plain(words[0]) == "aged" else []
    if ages:
        return " aged " + " ".join(ages).rstrip(",.;")  # "9% of women aged between 40 and 49"
    participle = words and (plain(words[0]).endswith("ed") or plain(words[0]) in PAST_PARTICIPLES)
    if not participle or not words[0][:1].islower() or plain(words[0]) in FRAME_WORDS or plain(words[0]) == "aged" \
            or words[0].endswith(("'", "’")):
        return ""  # (not "expected to", "aged" without its age, "member states' combined")
    tail = [words[0]]
    more = noun_run(words[2:], names=True) if len(words) > 2 and plain(words[1]) in ("by", "for", "in") else []
    if more:
        tail += [words[1]] + more  # "the grants made by local councils"
    elif not (len(words) == 1 or words[0][-1:] in ",.;" or plain(words[1]) in AUXILIARY_FORMS):
        return ""  # a main verb with its object ("agents reported rising prices"), no participle
    tail = tail[:max(1, ABOUT_WORDS - 2 - used)]
    while len(tail) > 1 and plain(tail[-1]) in FUNCTION_WORDS:
        tail.pop()
    return " " + " ".join(tail).rstrip(",.;")


def ages_after(words: list[str]) -> list[str]:
    """The ages after 'aged', up to the last number: ['45-54'], ['over', '65'], ['between', '40', 'and', '49']."""
    end = 0
    for i, w in enumerate(words[:4]):
        if AGE.fullmatch(w):
            end = i + 1
        elif plain(w) not in AGE_LINKS:
            break
    if end and [plain(w) for w in words[end:end + 2]] in (["or", "over"], ["or", "older"], ["and", "over"], ["or", "more"]):
        end += 2  # "aged 65 or over"
    return words[:end]


AGE = Lazy(r"\d{1,3}(?:-\d{1,3})?[,.;]?")  # "34", "30-39,"
AGE_LINKS = _set("between and to over under")


def which_were(words: list[str]) -> str:
    """' that were internet-related' when `words`, what follows a share's whole, say what sets the share
    apart ('were internet-related'), up to the clause's end; else ''."""
    if 1 < len(words) <= 4 and plain(words[0]) in COPULAS and words[1][:1].islower() \
            and not any(map(part_of_figure, words)) and plain(words[1]) not in FUNCTION_WORDS \
            and plain(words[-1]) not in PREPOSITIONS_WITH:  # ("which 40% of homes are fitted with")
        return " that " + " ".join(words).rstrip(",.")
    return ""


def what_they_do(words: list[str], used: int, written: tuple) -> str:
    """' that plan to hire staff' when `words`, after a share's whole of `used` words, are a short clause
    opened by its verb that ends at a punctuation mark in `written`, the words after the figure ('40% of
    firms | plan to hire staff.', '54% of bosses | called it a threat,'); else ''."""
    verb, end = plain(words[0]) if words else "", used + len(words)  # (written[0] is "of")
    adverb = [plain(w).endswith("ly") and w.isalpha() and w.islower() and len(w) > 4 for w in words]
    kept = [w for i, w in enumerate(words) if not adverb[i] and not (
        plain(w) in ("or", "and") and 0 < i < len(words) - 1 and adverb[i - 1] and adverb[i + 1])]
    # ("rely directly or indirectly on fishing" -> "rely on fishing")
    if not 1 < len(kept) <= 5 or not words[0][:1].islower() or any(map(part_of_figure, words)) \
            or not (verb in PAST_TENSES or verb in GROUP_DOINGS or verb in THINKING or verb in SPEECH_WORDS
                    or (verb in MODALS and len(words) > 2 and (plain(words[1]) == "not" or is_verb(words[1])
                                                                or plain(words[1]) in GROUP_DOINGS))) \
            or used + 1 + len(kept) > ABOUT_WORDS + 1 or plain(words[-1]) in FUNCTION_WORDS \
            or end >= len(written) or written[end][-1:] not in ",.;:!?" or "according" in map(plain, words) \
            or (written[end].endswith(",") and not "".join(written[end + 1:end + 2])[:1].islower()):
        return ""  # (the clause whole, to its punctuation: not "described themselves | as ...", nor a list's first
        # name: "use Google, | Ask Jeeves and MSN")
    return " that " + " ".join(kept)


GROUP_DOINGS = _set("""plan plans own owns use uses want wants have has expect expects prefer prefers support supports
depend depends rely relies
oppose opposes back backs favour favours favor favors shop shops buy buys pay pays spend spends intend intends""")
NOUN_MODIFIERS = _set("public private government state consumer capital military defence health welfare council "
                      "household business corporate federal national local overall total annual")  # "public spending"


def object_of_verb(c: Clause):
    """'raised rates by 0.25 points' -> 'rates' (up); 'cut its workforce by 10%' -> 'workforce' (down);
    'pushed the deficit to $427bn' -> 'deficit'; 'valued its film unit at £300m' -> 'film unit'."""
    words = list(c.before)
    particle = ""
    while words and (plain(words[-1]) in HEDGES_BEFORE_LINK or plain(words[-1]) in RECORD_WORDS):
        particle = particle or (plain(words[-1]) if plain(words[-1]) in ("up", "down") else "")
        words.pop()  # "with sales up 6%": the particle gives the direction
    if len(words) >= 2 and is_noun(words[-1]) and plain(words[-1]) not in APPROX_WORDS | FIGURE_DETERMINERS | LINK_SKIPS \
            and plain(words[-1]) not in PAST_TENSES and plain(words[-2]) not in ("a", "an") \
            and not (plain(words[-1]) in VERB_NOUNS and plain(words[-2]) == "to"):  # ("working abroad sent | $3bn", "to borrow")
        if len(words) > 2 and plain(words[-2]) in ("cost", "costs", "charge", "charges", "charged"):
            subject = noun_phrase_before(words[:-2])  # "The service costs users $1": its price, not the users
            return (f"price of {' '.join(subject)}", "") if subject else None
        words.append("by")  # "lifted interest rates 0.25%": the change of rates, as "by 0.25%"
    if len(words) < 3 or plain(words[-1]) not in ("by", "to", "at", "from", "below", "above", "under"):
        return None
    if any(w == "fined" for w in words[-6:-1]):
        return None  # "fined the bank £2m": a fine on it (fined), no change of the bank (but "cut the fine by")
    for k in range(len(words) - 2, max(-1, len(words) - 2 - OBJECT_WORDS), -1):
        verb = plain(words[k])
        if (is_verb(words[k]) or changes_object(words, k)) and k + 1 < len(words) - 1 \
                and not noun_after_preposition(words, k) \
                and verb not in COPULAS \
                and not (k and plain(words[k - 1]) in DETERMINERS - RELATIVES and words[k][:1].islower()) \
                and not (k and words[k - 1].endswith(("'s", "’s", "s'", "s’"))) \
                and not (verb in ("account", "accounts") and plain(words[k + 1]) != "for") \
                and not (plain(words[k]) in ("costs", "cost") and k and is_noun(words[k - 1])) \
                and [plain(w) for w in words[max(0, k - 2):k + 1]] != ["in", "line", "with"]:
            obj = words[k + 1:-1]  # ("with sales up 6%"; not "grow in line with wages from": what it follows)
            # (nor a noun: "the country's rise", "current account" not followed by "for")
            if plain(obj[0]) in PREPOSITIONS and k and words[k - 1][:1].islower() and (
                    is_noun(words[k - 1]) or (verb.endswith("ing") and is_verb(words[k - 1])
                                              and plain(words[k - 1]) not in AUXILIARY_FORMS)):
                continue  # "cut its growth forecast for the economy from 2%", "increased spending on software by"
                # ('forecast' and 'spending' are nouns here)
            if verb.endswith("ing") and k and words[k - 1][:1].islower() and plain(words[k - 1]) in NOUN_MODIFIERS:
                continue  # "cut public spending plans by £35bn": a compound noun, not "public" doing "spending"
            cut = next((i for i, w in enumerate(obj) if plain(w) in ("from", "by", "to", "twice", "again") or adverbial(obj, i)
                        or (part_of_figure(w) and not NUMBER_WORD_OK.fullmatch(plain(w)))
                        or (i and plain(obj[i - 1]) != "of" and [plain(x) for x in obj[i + 1:i + 2]] == ["times"])),
                       len(obj))  # (not "lifted fees | three times this year to 4.5%": how often)
            if cut < len(obj) and cut >= 2 and plain(obj[cut - 2]) in ("a", "an") and part_of_figure(obj[cut]):
                return None  # "jumped a steep 9% to $40m": the verb's object is the change, the level the subject's
            obj = raw = obj[:cut]
            obj = undetermined(obj, after_prepositions=True)
            while len(obj) > 1 and (plain(obj[-1]) in HOLD_WORDS or plain(obj[-1]) == "down"):
                obj.pop()  # "held the levy steady again at 3%" -> "levy"; "bring debt down to" -> "debt"
                # (not "up": "cost Orlo up to £2bn" is a hedge)
            if all(plain(w) in WHEN_NOUNS or plain(w) in WEEKDAYS or plain(w) in DETERMINERS for w in obj):
                return None  # "finished the week down 40p to 610p": when, not what
            head = obj[:-1] if len(obj) > 1 and plain(obj[-1]) in NEEDED and is_noun(obj[-2]) else obj
            # ("put the volume of water needed at 9m litres": needed, a participle after its noun)
            if not obj or not (is_noun(head[-1]) or head[-1][:1].isupper() or plain(head[-1]) in COMPOUND_MODIFIERS) \
                    or plain(obj[0]) in PREPOSITIONS \
                    or any(plain(w).endswith("ly") and not (i + 1 < len(obj) and is_noun(obj[i + 1]))
                           for i, w in enumerate(obj)):
                return None  # an adverb ("raised prices sharply by"); not an adjective ("its yearly output")
            change = plain(words[-1]) == "by"
            more = noun_phrase_before(words[:k]) if change and verb in EXCEEDING else []
            if more and (is_noun(more[-1]) or measured(more[-1])):  # "Production is outstripping demand by 30%"
                return f"excess of {' '.join(more)} over {' '.join(obj)}", ""
            if change and verb in MISSTATING:  # "had been understating its debts by $40m"
                doer = name_before(words[:k])  # "helping Orlo grocer Kesta inflate sales by": Kesta's
                return f"{possessive(' '.join(doer)) + ' ' if doer else ''}{MISSTATING[verb]} of {' '.join(obj)}", ""
            direction = ("up" if verb in RISE_WORDS else "down" if verb in FALL_WORDS
                         else CHANGE_DIRECTIONS.get(verb, particle)) \
                if change else ""  # ("cutting costs by $1bn": down)
            if verb in ("value", "values", "valued", "valuing") and plain(words[-1]) == "at":
                return f"value of {' '.join(raw)}", ""  # "valued the club at £800m" -> "value of the club"
            return " ".join(obj), direction
        noun_here = plain(words[k]) in NOUN_VERBS and k and (plain(words[k - 1]) in DETERMINERS or (
            words[k - 1][:1].islower() and is_noun(words[k - 1])))  # "its growth estimate for ... from 2.2%"
        joined = plain(words[k]) in ("and", "or") and 0 < k < len(words) - 2 and is_noun(words[k - 1]) \
            and is_noun(words[k + 1]) and words[k + 1][:1].islower()  # "spending on equipment and software by"
        if plain(words[k]) in NP_STOPS_BUT_PREPOSITIONS and not noun_after_preposition(words, k) and not noun_here \
                and not joined and not (k and (plain(words[k - 1]) in CHANGE_VERBS or changes_object(words, k - 1))
                                        and plain(words[k]) in COMPOUND_MODIFIERS) \
                and not (plain(words[k]) in NEEDED and k and is_noun(words[k - 1])):  # ("cash required")
            return None  # (but "raised pay by 4%": a verb's form after a change verb is its object)
    return None


def changes_object(words: list[str], k: int) -> bool:
    """Whether words[k], a noun's form of a change verb ('cuts', 'trims', 'hikes'), is the verb of a clause
    after its subject: 'a contract that cuts pay by 8%' (not 'the cuts', 'job cuts by')."""
    return plain(words[k]) in CHANGE_DIRECTIONS and plain(words[k]).endswith("s") and 0 < k < len(words) - 1 \
        and (plain(words[k - 1]) in RELATIVES | SUBJECT_PRONOUNS or words[k - 1][:1].isupper()
             or (is_noun(words[k - 1]) and plain(words[k - 1]) not in DETERMINERS)) and words[k + 1][:1].islower()


CHANGE_DIRECTIONS = {**dict.fromkeys("cutting reducing slashing trimming lowering halving cuts slashes trims shaves".split(),
                                     "down"),
                     **dict.fromkeys("raising boosting lifting increasing hiking hikes".split(), "up")}
MISSTATING = {**dict.fromkeys("overstate overstates overstated overstating inflate inflates inflated inflating".split(),
                              "overstatement"),
              **dict.fromkeys("understate understates understated understating".split(), "understatement"),
              **dict.fromkeys("restate restates restated restating".split(), "restatement")}
EXCEEDING = _set("""exceed exceeds exceeded exceeding outstrip outstrips outstripped outstripping outpace outpaces
outpaced outpacing outsell outsells outsold outselling""")
NUMBER_WORD_OK = Lazy(r"(?:19|20)\d\d(?:-\d+)?|\d+-[a-z]+")  # in an object: "2004-05", "the 12-member bloc"
RECORD_WORDS = _set("a an record new fresh")  # "pushed the debt to a record $90bn"
HOLD_WORDS = _set("on hold again unchanged steady still firmly flat back")
OBJECT_WORDS = 12  # words searched back from a figure for the verb whose object it measures


def amount_to_someone(c: Clause):
    """'owes the Paris lenders $4bn' -> 'debt to the Paris lenders'; 'paying the regulator $2m' ->
    'payment to the regulator': a sum given, owed or lent, and to whom."""
    words = list(c.before)
    while words and plain(words[-1]) in APPROX_WORDS:
        words.pop()
    noun = GIVING.get(plain(words[-1])) if words else None
    if noun and len(c.after) > 1 and plain(c.after[0]) == "to" and (
            c.after[1][:1].isupper() or plain(c.after[1]) in DETERMINERS
            or (len(c.after) > 2 and c.after[2][:1].isupper())):  # "repaid £20,000 to (its former chairman) Ann Ray"
        whom = noun_run(c.after[1:], names=True)
        return (f"{noun} to {' '.join(whom)}", "") if whom else None
    for k in range(len(words) - 2, max(-1, len(words) - 2 - RECIPIENT_WORDS), -1):
        noun = GIVING.get(plain(words[k]))
        if noun and words[k][:1].islower() and not (k and plain(words[k - 1]) in COPULAS):  # ("been given a £40m grant")
            whom = words[k + 1:]
            if all(plain(w) in FIGURE_DETERMINERS or plain(w) in DETERMINERS for w in whom):
                return None  # ("will cost an extra 50p")
            people = len(whom) > 1 and is_noun(whom[0]) and plain(whom[0]).endswith("s") \
                and all(plain(w) in FIGURE_DETERMINERS or plain(w) in DETERMINERS for w in whom[1:])
            if people:  # "giving pensioners an extra £3 a month" -> "gift to pensioners"
                return f"{noun} to {whom[0]}", ""
            if (plain(whom[0]) in DETERMINERS or whom[0][:1].isupper()) and not any(map(part_of_figure, whom)) \
                    and not any(plain(w) in NP_STOPS_OR_PREPOSITIONS and not names_joined(whom, i) for i, w in enumerate(whom)):
                # ("paying Kesta and Sons $4m")
                return f"{noun} to {' '.join(whom)}", ""
            return None
    return None


GIVING = {**dict.fromkeys("owe owes owed owing".split(), "debt"), **dict.fromkeys("pay pays paid paying".split(), "payment"),
          **dict.fromkeys("repay repays repaid repaying".split(), "repayment"),
          **dict.fromkeys("lend lends lent lending".split(), "loan"), **dict.fromkeys("award awarded".split(), "award"),
          **dict.fromkeys("give gives gave given giving donate donates donated".split(), "gift"),
          **dict.fromkeys("cost costs costing".split(), "cost")}  # "could cost Orlo £2bn" -> "cost to Orlo"
HANDING = _set("hand hands handed handing grant grants granted awards") \
    | frozenset(verb for verb, noun in GIVING.items() if noun in ("gift", "loan", "award"))  # to someone, "in aid"
RECIPIENT_WORDS = 5  # words naming to whom a sum goes, between the verb and the sum


def noun_after_preposition(words: list[str], k: int) -> bool:
    """Whether words[k], a verb's form, is a noun after a preposition: 'on hold'; not 'to raise', nor
    a gerund ('by forecasting growth at 3%')."""
    return k > 0 and plain(words[k - 1]) in PREPOSITIONS and plain(words[k - 1]) != "to" \
        and not (plain(words[k]).endswith("ing") and plain(words[k]) not in ING_WORDS)


def measured(word: str) -> bool:
    """A noun that is also a verb but names what a figure measures: 'cost', 'value', 'drop'."""
    w = plain(word)
    return w in MEASURE_NOUNS or w in CHANGE_NOUNS or w in NOUN_VERBS


# Verbs that make their subject the thing measured as a share ("came to 2% of output"); with others
# the subject holds the share ("Ann Ray holds 12% of Zelmar").
SHARE_VERBS = COPULAS | RISE_WORDS | FALL_WORDS | _set("came come comes amounted accounted represented reached stood")
SHARE_DEEDS = _set("""sell sells selling sold buy buys buying bought acquire acquires acquiring acquired close closes
closing closed cut cuts cutting shed sheds shedding slash slashes slashing slashed write writes writing wrote written wipe
wipes wiping wiped lose loses losing lost keep keeps keeping kept retain retains retaining retained spend spends spending
spent devote devotes devoting devoted offer offers offering offered float floats floating floated transfer transfers
transferring transferred export exports exporting exported sack sacks sacking sacked axe axes axing axed invest invests
investing invested hand hands handing handed""")  # take a share as their object: "will sell | 15% of its shares"
ACCOUNTS_FOR = [[verb, particle] for verb, particle in (("accounts", "for"), ("account", "for"), ("accounted", "for"),
                                                       ("accounting", "for"), ("makes", "up"), ("make", "up"),
                                                       ("made", "up"), ("making", "up"))]
DEALS = _set("sale purchase acquisition takeover transfer deal disposal")  # what a price is paid for
NOUN_VERBS = _set("""value values total offer offering bid fine stake cost costs sale payout holding deal amount claims
hit peak
takeover buyout bailout package settlement forecast forecasts estimate estimates target targets""")


def is_verb(word: str, before: str = "") -> bool:
    """A word that reads as a verb: 'rose', 'pushed', 'valued', 'halving', 'takes', 'was trading'."""
    w = plain(word)
    progressive = w.endswith("ing") and plain(before) in PROGRESSIVE
    return word.strip(EDGE_PUNCT)[:1].islower() and (w in FIGURE_VERBS or w in VERB_NOUNS or w in TAKE_VERBS or w in INTO_VERBS
                                                     or w in FETCHING or w in MISSTATING
                                                     or w in ("went", "goes", "go", "gone")
                                   or progressive
                                   or (w.endswith(("ed", "ing")) and w not in ING_NOUNS and "-" not in w))
    # (a hyphened "-ing" or "-ed" word modifies a noun: "home-shopping frauds", "state-owned firms")


def first_verb_of(words: list[str]) -> int | None:
    """The index of a clause's first verb after its first word ('Defence spending is set to rise' -> 2), or None."""
    return next((j for j, w in enumerate(words) if j and plain(words[j - 1]) != "to" and w[:1].islower()
                 and (plain(w) in AUXILIARY_FORMS or (
        is_verb(w) and plain(w) not in WITH_AS and plain(w) not in ING_NOUNS
        and not (plain(w).endswith("ed") and plain(words[j - 1]) in PREPOSITIONS | DETERMINERS)))), None)
    # (not "To get a permit"; not "investment in fixed assets": an adjective; not "Will" of "Will Smith")


def subject_elsewhere(c: Clause, k: int, passive: bool) -> list[str]:
    """The subject of the verb at c.before[k] when none stands before it in its clause: before a
    relative pronoun ('a market that has grown by 30%'), or the subject of the clause before ('shares,
    which have advanced 4%'; 'inflation - reaching 1%'; 'spending will rise 4%, to reach $9bn')."""
    that = next((j for j in range(k - 1, -1, -1) if plain(c.before[j]) in ("that", "which", "who")), None)
    if that and all(plain(w) in FRAMES for w in c.before[that + 1:k]):
        return noun_phrase_before(c.before[:that])[-3:]
    if not (c.relative or (all(plain(w) in FRAMES or plain(w) == "having" for w in c.before[:k]) and not passive)):
        return []
    first_verb = first_verb_of(c.prior)
    if not c.relative and first_verb is None and c.prior_opens and c.prior[:1] and plain(c.prior[0]) in PREPOSITIONS \
            and plain(c.prior[0]) != "to":  # (not "To renew a permit, costing £40")
        return []  # "In total, | up to £3bn": a phrase set before the clause, no subject
    apposed = apposed_subject(c) if not c.relative else []
    if apposed:
        return apposed  # "Shares in Zorba, the Lebanese firm founded by Ann Lee, | fell 15%": the shares
    if c.relative or first_verb is None:
        dashed = c.relative and c.prior[-1:] in (["-"], ["–"], ["—"])  # "household spending - which is growing at 4%"
        subject = noun_phrase_before(c.prior[:-1] if dashed else c.prior)
        owner = possessor(subject[:-1]).split() if c.relative and subject[-2:-1] and subject[-2][:1].isupper() else []
        if owner:
            return owner + subject[-1:]  # "Kesta Rail's exports, which"
        keep = 3 if len(subject) > 2 and subject[-3].endswith(("'s", "’s")) else 2  # "the city's pension fund, which"
        return subject[-keep:] if c.relative else subject
    said = plain(c.prior[first_verb]) in SPEECH_WORDS or (plain(c.prior[first_verb]) in SUBJECT_ADVERBS
                                                          and plain(c.prior[first_verb + 1:first_verb + 2][0]
                                                                    if first_verb + 1 < len(c.prior) else "") in SPEECH_WORDS)
    first_verb = first_verb if not said else max((i for i, w in enumerate(c.prior) if i > first_verb and w[:1].islower()
                      and plain(w) not in AUXILIARY_FORMS and plain(w) not in SPEECH_WORDS
                      and (is_verb(w) or plain(w) in PAST_TENSES) and noun_phrase_before(c.prior[:i])
                      and plain(c.prior[i - 1]) not in FUNCTION_WORDS), default=first_verb)
    # a clause with no subject shares the nearest verb's: "said that prices fell 0.6%, but were up 1.6%" (prices)
    subject = noun_phrase_before(c.prior[:first_verb])  # "Zorba shares rose early but fell 2%"
    participle = c.before[:1] and plain(c.before[0]).endswith("ing") and plain(c.before[0]) not in ING_PREPOSITIONS \
        and subject and subject[-1][:1].isupper() and not (c.prior_opens and subject[-1] == c.prior[0]
                                                           and common_opener(subject[-1], c))
    if participle:  # "Animated film Zorbaman fell to second place, taking $18m": the name did the taking
        return subject[max((i + 1 for i, w in enumerate(subject) if w[:1].islower()), default=0):]
    if subject and not (measured(subject[-1]) or (is_noun(subject[-1]) and subject[-1][:1].islower())):
        subject = noun_phrase_before(c.prior)  # the clause before's subject only if a common noun's
    return subject


def apposed_subject(c: Clause) -> list[str]:
    """The sentence's subject when the clause before the figure's is set beside it, between commas, to
    describe it ('Shares in Zorba, the Lebanese firm founded by Ann Lee, | fell 15%' -> 'Shares in
    Zorba'), or []."""
    j = next((i for i in range(len(c.prior) - 2, 0, -1) if c.prior[i].endswith(",")), None)
    if j is None or not c.prior_opens or plain(c.prior[j + 1]) not in ("the", "a", "an") \
            or plain(c.prior[0]) in PREPOSITIONS or any(w.endswith(",") for w in c.prior[:j]) \
            or first_verb_of(c.prior[:j + 1]) is not None or not described_only(c.prior[j + 1:]):
        return []
    head = c.prior[:j] + [c.prior[j].rstrip(",")]
    subject = noun_phrase_before(head)
    return subject if subject and len(subject) >= len(head) - 1 else []  # (all of it: no clause before)


def described_only(words: list[str]) -> bool:
    """Whether words describe without a finite verb: 'the firm founded by Ann Lee' (a participle), not 'the
    firm has grown'."""
    v = first_verb_of(words)
    return v is None or ((plain(words[v]).endswith("ed") or plain(words[v]) in PAST_PARTICIPLES)
                         and plain(words[v - 1]) not in AUXILIARY_FORMS and first_verb_of(words[v + 1:]) is None)


CLAUSE_OPENERS = _set("and but while that as when after since because")  # before a subject: "but | its division saw"


def antecedent_set(c: Clause, k: int, verb: str):
    """What a relative clause sets to the figure, when 'which' is its object: 'a bid from Kesta, which
    the group lifted to $3bn' -> 'bid from Kesta'; else None."""
    if not (c.relative and 0 < k <= 4 and verb in LEVEL_PUSHERS and k + 1 < len(c.before)
            and plain(c.before[k + 1]) in ("to", "by") and noun_phrase_before(c.before[:k])
            and not any(is_verb(w) or plain(w) in FRAMES for w in c.before[:k])):
        return None  # ("a step which caused the group's sales to drop")
    thing = noun_phrase_before(c.prior)
    if thing and (is_noun(thing[-1]) or thing[-1][:1].isupper()):
        return " ".join(thing), direction_of(verb, []) if plain(c.before[k + 1]) == "by" else ""
    return None


def deed_noun(c: Clause, k: int, verb: str, subject: list[str], more: bool) -> tuple[str, str]:
    """What a deed's figure measures, named from its verb, with its aim and its doer: 'Kesta has bid $3bn
    for Zelmar' -> 'bid for Zelmar (Kesta)'; 'paid $8m to settle the claim' -> 'payment to settle the
    claim'; 'they invest 4.2% more' -> 'investment' (up)."""
    noun = VERB_NOUNS[verb]
    after = c.after[1:] if more else c.after
    timed_first = 2 if len(after) > 3 and plain(after[0]) in ("this", "next", "each", "every") \
        and plain(after[1]) in TIME_NOUNS else 0
    if noun in ("spending", "investment") and len(after) > timed_first + 1 and after[timed_first][1:].islower() \
            and plain(after[timed_first]).endswith("ing") \
            and plain(after[timed_first]) not in ING_NOUNS | ING_WORDS | ING_PREPOSITIONS:  # (not "during")
        after = ["on"] + after[timed_first:]  # "spend €500m this year buying back shares": as "on buying back shares"
    aimed = len(after) > 1 and plain(after[0]) in TARGETED.get(noun, ("for", "on"))
    target = noun_run(after[1:], names=True) if aimed else []
    doing = aimed and not target and len(after) > 2 and plain(after[1]).endswith("ing") and after[1][:1].islower() \
        and plain(after[1]) not in ING_NOUNS
    if doing:  # "spent $70m on buying a 12% share in Zelco" -> "spending on buying 12% share in Zelco"
        particle = after[2:3] if len(after) > 3 and plain(after[2]) in PARTICLES_OF_CHANGE | _set("back") else []
        obj = [w for w in after[2 + len(particle):] if plain(w) not in DETERMINERS]  # ("buying | back | shares")
        lead = particle + (obj[:1] if obj and part_of_figure(obj[0]) else [])
        run = noun_run(obj[len(lead) - len(particle):], names=True)
        run = run[:next((i for i, w in enumerate(run) if i > 1 and plain(w) in PREPOSITIONS), len(run))]
        target = [after[1]] + lead + run if run and len(run) + len(lead) < ABOUT_WORDS - 2 else []  # ("share in Zelco |
        # from its founder")
    target = [] if target and TIME_PHRASE.match(" " + " ".join(after)) else target
    # ("invest 4.2% more | for the next two years": when, said by the period after it)
    rest = after[1 + len(target):]
    target = [] if target and rest[:1] == ["of"] and len(rest) > 1 and part_of_figure(rest[1]) else target
    # ("made $5m | on sales of $90m": what it was made on, a figure of its own)
    suit = noun == "request" and len(after) > 1 and plain(after[0]) == "in" \
        and any(plain(w) in LAWSUITS for w in after[1:6])  # "seeking $20bn in a lawsuit against Zorba"
    if suit:
        run = noun_run(after[1:], names=True)
        noun = f"damages sought in {' '.join(w for w in run if plain(w) not in DETERMINERS)}" if run else noun
    elif target:
        noun = f"{noun} {plain(after[0])} {' '.join(target).rstrip(',.;:')}"
    elif noun in ("payment", "spending") and (aim := purpose(c)):
        noun = f"{noun} {aim[0]}"
    named = subject and not more and len(subject) <= 3 \
        and (subject[-1][:1].isupper() or plain(subject[-1]) == "analysts") \
        and plain(subject[-1]) not in MONTHS \
        and not (c.at_start and subject == c.before[:1] and not c.named and common_opener(subject[0], c))
    # (not "during October, exporting $3bn", nor "Organisers hope to raise")
    actor = " ".join(subject).rstrip(",;:")
    actor = doer_named(subject) or actor
    at = max((i for i, w in enumerate(c.before[:k]) if subject and w == subject[-1]), default=k)
    lead = at - len(subject)  # the word before the subject: "a deal with | the IMF to borrow" names no borrower
    named = named and not (k and plain(c.before[k - 1]) == "to" and lead >= 0
                           and (plain(c.before[lead]) in PREPOSITIONS_WITH or plain(c.before[lead]) in DETERMINERS
                                and lead and plain(c.before[lead - 1]) in PREPOSITIONS_WITH))
    if actor.endswith(("'s", "’s")) and at + 1 < k and plain(c.before[at + 1]) in FRAME_WORDS:
        actor = actor[:-2]  # "Orlo's plans to invest" -> "(Orlo)"; not "Brindle's spent"
    sayer = sayer_of_it(c.before[:k]) if not named and not subject else []
    sayer = [] if any(plain(w) in PRONOUNS for w in sayer) else sayer  # (not "It said it made")
    if sayer:
        named, actor = True, " ".join(sayer)  # "Zorba said it made $12m" -> "profit (Zorba)"
    direction = COMPARATIVES[plain(c.after[0])] if more else ""
    if not named and len(subject) == 1 and plain(subject[0]) in PAYING_PEOPLE and subject[0] == c.before[k - 1]:
        return f"{plain(subject[0])}' {noun}", direction  # "shareholders lost $180bn" -> "shareholders' loss"
    if not named and 1 < len(subject) <= 3 and plain(subject[-1]) in PAYING_PEOPLE and subject[-1] == c.before[k - 1] \
            and all(w in PLACE_NAMES or w in DEMONYMS for w in subject[:-1]):
        return f"{' '.join(subject)}' {noun}", direction  # "Orlo fans spent £2m on kit" -> "Orlo fans' spending"
    said = {plain(w).removesuffix("'s").removesuffix("’s") for w in noun.split()}
    named = named and not {plain(w) for w in actor.split()} <= said  # ("earnings on the DVD's release", no "(DVD)")
    return (f"{noun} ({actor})" if named else noun), direction


def doer_named(subject: list[str]) -> str:
    """The name that ends a doer described before it by a firm noun or a role ('consortium Orlo' -> 'Orlo',
    'singer Ann Ray' -> 'Ann Ray'), or '' for any other subject."""
    at = len(subject)
    while at and (subject[at - 1][:1].isupper() or (plain(subject[at - 1]) in NAME_JOINERS and at < len(subject))):
        at -= 1
    described = 0 < at < len(subject) and plain(subject[at - 1]) in DOER_DESCRIPTIONS
    return " ".join(subject[at:]).rstrip(",;:") if described else ""


DOER_DESCRIPTIONS = FIRM_DESCRIPTIONS | ROLE_NOUNS | _set("consortium")
GAINING = _set("gain gains gained gaining add adding") | ADDED
MARKET_HEADS = _set("crude oil gold silver copper futures index indices shares stocks stock")  # what trades at a price


PAYING_PEOPLE = PEOPLE_COUNTED & _set("customers viewers users consumers shoppers workers employees fans") | _set(
    "shareholders investors taxpayers households families savers depositors bondholders creditors policyholders")


def lived_on(c: Clause):
    """'lives on under $3 a day' -> 'income' (per day, from what follows): what people live on."""
    words = [w for w in c.before if plain(w) not in HEDGES and plain(w) not in ("than", "under", "below")]
    if c.unit in ("percent", "points", "count") or len(words) < 2 or plain(words[-1]) != "on" \
            or plain(words[-2]) not in LIVING:
        return None
    return "income", ""


LIVING = _set("live lives lived living survive survives survived surviving exist exists existing")


def set_aside(c: Clause):
    """'is setting aside a further £30m for flood repairs' -> 'money set aside for flood repairs'."""
    words = [w for w in c.before if plain(w) not in HEDGES and plain(w) not in FIGURE_DETERMINERS]
    if c.unit in ("percent", "points", "count") or len(words) < 2 or plain(words[-1]) != "aside" \
            or plain(words[-2]) not in ("set", "sets", "setting"):
        return None
    aim = noun_run(c.after[1:], names=True) if len(c.after) > 1 and plain(c.after[0]) == "for" else []
    return "money set aside" + (f" for {' '.join(aim)}" if aim else ""), ""


LAWSUITS = _set("lawsuit lawsuits suit suits claim claims case action")


def capped(c: Clause):
    """A limit set on something: 'must keep their fees below 2%' -> 'cap on fees'; 'rules limit the
    deficit to 3% of GDP' -> 'cap on deficit'; 'budgets were limited to 1%', 'to be capped at 1%' -> 'cap on
    budgets'. Not a level held ('kept rates on hold at 4.75%'): 'keep' only with 'below', 'under', 'within'."""
    words = list(c.before)
    while words and plain(words[-1]) in HEDGES_BEFORE_LINK:
        words.pop()
    if len(words) < 3 or plain(words[-1]) not in CAP_LINKS or c.unit == "count":
        return None
    for k in range(len(words) - 2, max(-1, len(words) - 11), -1):
        verb = plain(words[k])
        if verb in LIMITING and words[k][:1].islower() and not (k and plain(words[k - 1]) in DETERMINERS) \
                or (verb in KEEPING and plain(words[-1]) in BOUNDS_BELOW):
            obj = undetermined(words[k + 1:-1], after_prepositions=True)  # ("size of a country's deficit")
            if not obj and k:  # "budgets were limited to": the subject, before its verb
                obj = noun_phrase_before([w for w in words[:k] if plain(w) not in AUXILIARY_FORMS])[-2:]
                # (two words at most: "want future EU budgets to be capped at" -> "EU budgets")
            if obj and (is_noun(obj[-1]) or measured(obj[-1])) and not any(part_of_figure(w) or plain(w) in PREPOSITIONS - _set("of")
                                                    for w in obj):
                return f"cap on {' '.join(obj)}", ""
            return None
    return None


BOUNDS_BELOW = _set("below under beneath within")
CAP_LINKS = BOUNDS_BELOW | _set("to at")
KEEPING = _set("keep keeps kept keeping")
LIMITING = _set("limit limits limited limiting cap caps capped capping restrict restricts restricted restricting")


def money_moved(c: Clause, verb: str, subject: list[str]):
    """Money put into, sent or moved somewhere: 'It pumped $45bn into its banks' -> 'pumped into its
    banks'; 'will pump $5m into farms' -> 'money pumped into farms'; 'sent $2bn home last year' ->
    'money sent home last year'. None when the verb moves no money; '' when it does but says not where."""
    if not subject and len(c.after) > 1 and (verb.endswith("ed") and plain(c.after[0]) in ("into", "to", "for", "on")
                                             or verb.endswith("ing") and plain(c.after[0]) == "into"):
        target = noun_run([w for w in c.after[1:] if not YEAR.fullmatch(plain(w))], names=True)  # ("the 2001 campaign")
        done = participle(verb) if verb.endswith("ing") else ""  # "accused of funnelling $2m into" -> "money funnelled into"
        return (" ".join(([f"money {done}"] if done else [verb]) + [c.after[0]] + target).rstrip(",.;:"), "") \
            if target else ""
    if verb in INTO_VERBS and len(c.after) > 1 and plain(c.after[0]) == "into" and c.unit not in ("percent", "points"):
        target = noun_run(c.after[1:], names=True)
        return (f"money {participle(verb)} into {' '.join(target)}", "") if target else ""
    if verb in SENDING and c.after and c.unit not in ("percent", "points", "count") and (
            plain(c.after[0]) in WHERE_ADVERBS or plain(c.after[0]) == "to"):
        where = c.after[:1] if plain(c.after[0]) in WHERE_ADVERBS else c.after[:1] + noun_run(c.after[1:], names=True)
        when = TIME_PHRASE.match(" " + " ".join(c.after[len(where):]))  # "wired $40m abroad | last month"
        where += [" ".join(when[1].split())] if when else []
        return (f"money {participle(verb)} {' '.join(where).rstrip(',.;:')}", "") if where[-1] != "to" else ""
    return None


def seen_by(words: list[str], subject: list[str]) -> list[str]:
    """A subject with whose it is when 'saw' brings it: 'its music arm saw sales drop 12%' ->
    "music arm's sales"; else the subject as it is."""
    at = len(words) - len(subject) - 1
    if not subject or at < 1 or plain(words[at]) not in ("saw", "sees", "see", "has seen", "seen") \
            or any(w[:1].isupper() or w.endswith(("'s", "’s")) for w in subject):
        return subject
    before = words[:at - (plain(words[at - 1]) in ("has", "have", "had"))]
    owner = noun_phrase_before(before)
    lead = [w for w in before[:len(before) - len(owner)] if plain(w) not in DETERMINERS]
    owner = [w for w in owner if plain(w) not in DETERMINERS]
    if not owner or len(owner) > 4 or plain(owner[-1]) in PRONOUNS or any(plain(w) in PREPOSITIONS for w in owner) \
            or (lead and lead[-1][:1].islower() and plain(lead[-1]) not in CLAUSE_OPENERS):
        return subject  # ("disasters around the globe saw claims", "popularity for Ozzy saw sales")
    return owner[:-1] + [possessive(owner[-1])] + subject


def possessed_head(words: list[str], subject: list[str]) -> list[str]:
    """A subject cut after its owner's possessive, with its head put back: "The bank's newly issued
    bonds | slumped" -> "bank's issued bonds" (a verb-like modifier cut it); else the subject."""
    if not subject or not subject[-1].endswith(("'s", "’s", "s'", "s’")):
        return subject
    at = max((i for i in range(len(words)) if words[i] == subject[-1]), default=-1)
    rest = [w for w in words[at + 1:at + 5] if not (plain(w).endswith("ly") and w[:1].islower())] if at >= 0 else []
    head = next((i for i, w in enumerate(rest) if is_noun(w) and not is_verb(w)), None)  # "traded | stock"
    return subject + [w.rstrip(",;:") for w in rest[:head + 1]] if head is not None and head < 3 else subject


def subject_of_verb(c: Clause):
    """'Monthly sales at Zorba rose 12% to $40m' -> 'monthly sales at Zorba' (up for the
    change, none for the new level); 'inflation was 3%' -> 'inflation'; 'Zorba spent $5m' ->
    'spending (Zorba)'."""
    k, linked = verb_before(c.before)
    if k == len(c.before):
        return estimated_at(c)  # no verb links a subject to this figure, but "with fraud estimated at" may
    verb = plain(c.before[k])
    if verb in PUTTING_UP and linked[:1] == ["up"]:
        verb, linked = "contributed", linked[1:]  # "will each put up $20m": a contribution, no rise
    if verb in ("compared", "compares", "compare"):
        return None  # "compared to 34%": a comparison, not a verb whose subject the figure measures
    passive = k and plain(c.before[k - 1]) in COPULAS and verb.endswith("ed")  # "the fare was raised to £4"
    antecedent = antecedent_set(c, k, verb)
    if antecedent:
        return antecedent
    joined = joined_verb(c.before, k, verb)
    first = noun_phrase_before(c.before[:joined]) if joined else []  # "The market grew 9% and was worth £1bn"
    subject = noun_phrase_before(c.before[:k]) or first or subject_elsewhere(c, k, passive)
    subject = possessed_head(c.prior, possessed_head(c.before[:k], subject))
    subject = seen_by(c.before[:k], subject)
    if verb in SIZING and subject and subject == c.before[:k] and all(w[:1].isupper() for w in subject) and c.prior \
            and plain(c.prior[-1]) in CLAIMS:  # "legal claims | against Zelco worth $3bn" (the edge took "against")
        j = len(c.prior)
        while j > 0 and c.prior[j - 1][:1].islower() and plain(c.prior[j - 1]) not in FUNCTION_WORDS \
                and not (j > 1 and plain(c.prior[j - 2]) == "to"):
            j -= 1  # back over the claims' words, not over an infinitive's verb ("to recover | tax claims")
        subject = c.prior[j:] + ["against"] + subject
    if c.unit == "percent" and verb in PAYING and subject and subject[0][:1].isupper() \
            and all(w[:1].isupper() or plain(w) in ("from", "of", "and", "&") for w in subject) \
            and not (c.after and plain(c.after[0]) == "of"):  # (not "Zelco has paid 80% of the bills": a share)
        return f"rate paid by {' '.join(subject)}", ""  # "the Ladybird account ..., paying 5.35%": its interest rate
    wh = next((j for j in range(k - 1, 0, -1) if plain(c.before[j]) == "what" and plain(c.before[j - 1]) in PREPOSITIONS), 0)
    if wh and k - len(subject) > wh:
        subject = noun_phrase_before(c.before[:wh - 1]) or subject  # "Sales in what is often a strong month rose 2%"
    priced = (subject and plain(subject[0]) in MEASURE_NOUNS) or (passive and subject)  # "Shares in Zorba lost 5p"
    if verb in FETCHING and subject and c.unit not in ("percent", "points", "count") and subject[-1][:1].islower():
        return f"price of {' '.join(subject)}", ""  # "A signed photograph could fetch $2,115"; not an owner's name
    if verb in ("cost", "costs", "costing") and subject and (c.unit not in ("percent", "points", "count") or (
            c.unit == "percent" and c.after and plain(c.after[0]) in COMPARATIVES)):  # "can cost 25% more than"
        if any(plain(w) in WH_WORDS for w in subject):
            return None  # "asking why some fares cost 20% more": a question, not a price
        named = " ".join(subject)  # "A stamp will cost 95p" -> "cost of stamp"; not "cost of the cost of ..."
        return (named if any(plain(w) in MEASURE_NOUNS for w in subject) else f"cost of {named}"), ""
    if subject and plain(subject[-1]) in DEALS and c.unit not in ("percent", "points", "count"):
        # "The land sale raised $5bn" -> "land sale"; "a gas deal totalling $9m for Kesta" -> "gas deal for Kesta"
        return " ".join(subject + deal_terms(c.after, ABOUT_WORDS - len(subject))), ""
    more = c.unit == "percent" and len(c.after) > 0 and plain(c.after[0]) in ("more", "less") \
        and not (subject and subject[-1][:1].islower())  # "they invest 7.7% more"; ("Women in work earn 19% less")
    moved = verb in CHANGE_VERBS and "to" in linked and "up" not in linked and subject and subject[-1][:1].islower()
    # "The index lost 20 points to 1,210": a level, not a loss
    traded = market_moved(c, k, verb, subject, linked) if verb in LOSING | GAINING and not more else None
    if traded:
        return traded
    offered = verb in OFFER_VERBS and c.unit == "percent" and bool(subject) and subject[-1][:1].isupper()
    # ("while Zorba has offered 8%": its offer, as with money)
    offering = verb != "offering" or all(plain(w) in HEDGES for w in c.before[k + 1:])  # ("offering 512mb for $99": a price)
    if verb in VERB_NOUNS and (c.unit not in ("percent", "points", "count") or more or offered) and not priced and not moved \
            and offering \
            and not (c.before and plain(c.before[-1]) in ("a", "an")):  # ("took a €475m hit": the hit's)
        deed = deed_noun(c, k, verb, subject, more)
        paid_to = k and plain(c.before[k - 1]) in COPULAS and verb == "paid" and subject and " for " not in deed[0] \
            and not any(plain(w) in MEASURE_NOUNS or measured(w) or part_of_figure(w) or "-" in w for w in subject) \
            and subject[-1][:1].islower() and plain(subject[0]) not in ("year", "years", "olds")  # (an age cut short)
        # "Their children were paid $60,000 a year" -> "payment to their children" (not "Fees were paid": a measure;
        # not "Mr Lee was paid £5m for his book": what for says more)
        return (f"payment to {' '.join(w for w in subject if plain(w) not in ('the', 'a', 'an'))}", "") if paid_to else deed
    moving = money_moved(c, verb, subject)
    if moving is not None:
        return moving or None
    head = next((subject[i - 2] if i > 1 and reduced_relative(subject, i - 1) else subject[i - 1]
                 for i in range(1, len(subject)) if plain(subject[i]) in PREPOSITIONS),
                subject[-1]) if subject else ""  # "Net income for 2004": income; "Fines collected by": fines
    numbered = head.isdigit() and len(subject) > 1 and subject[-2][:1].isupper()  # "the Nikkei 225 fell 2%"
    if not subject or not (is_noun(head) or head.strip(EDGE_PUNCT)[:1].isupper() or measured(head) or numbered):
        return None
    described = name_after_description(subject)
    if shares_moved(subject[described:], verb, c):
        subject = subject[described:] + ["shares"]  # "Kesta gained 2.1% to 96p": a company's name for its shares
        # (and "Resort operator Tanco slumped 5%": Tanco's)
    if c.unit == "percent" and verb in ECONOMY_MOVES and plain(head) in ECONOMY_HOLDERS and len(subject) <= 2:
        return economy_moved(c, verb, subject), ""  # "the province grew by 3.2%": the province's economy
    if c.unit == "percent" and "at" in linked and not {"to", "from"} & set(linked) and (verb in RISING or verb in FALLING):
        return growth_of(c, subject, verb in RISING, yearly(c.after)), ""  # "demand is growing at 5% a year"
    if verb == "valued" and all(w[:1].isupper() or plain(w) in NAME_JOINERS for w in subject):
        return f"value of {' '.join(subject)}", ""  # "Zorba is valued at £2bn": a name alone is no measure
    if verb == "valued" and len(subject) == 1 and plain(head) in FIRM_DESCRIPTIONS:
        return f"value of the {plain(head)}", ""  # "the company could be valued at 200m euros": no measure either
    if "worth" in linked and verb in COPULAS and c.unit not in ("percent", "points", "count") and not measured(head):
        return f"value of {' '.join(subject)}", ""  # "the games market was worth £1bn": its value
    if c.where and all(w[:1].islower() for w in subject[1:]) and measured(subject[-1]) \
            and (subject[0][:1].islower() or c.at_start or c.prior_opens):  # (a sentence's capital names no one)
        subject = subject + c.where.split()  # "the steepest drop was in Orlo where land values dropped 3%"
    done = participle(verb) if c.unit not in ("percent", "points", "count") and verb not in CHANGE_VERBS | ADDED \
        and verb not in COPULAS and verb not in LEVEL_VERBS and verb not in WITH_AS and all(w[:1].isupper() for w in subject) \
        else ""  # (not "withed": "with" links, it does nothing)
    if passive and verb == "fined" and done:
        return f"fine on {' '.join(subject).rstrip(',;:')}", ""  # "Ann Lee was fined £800 last week"
    if done and not linked and not passive and not (c.after and plain(c.after[0]) in PER_WORDS):
        # a name alone is no measure: "Ann Lee announced £5m for ..." -> "money announced for ..." (not "put 1p a pint")
        aim = c.after[:1] + noun_run(c.after[1:], names=True) if len(c.after) > 1 \
            and plain(c.after[0]) in ("for", "into", "on") else []
        aim = aim if len(aim) > 1 else []
        return f"money {done}{' ' if aim else ''}{' '.join(aim).rstrip(',.;:')} ({' '.join(subject).rstrip(',;:')})", ""
    return " ".join(subject), direction_of(verb, linked)


def joined_verb(before: list[str], k: int, verb: str) -> int:
    """The index of the verb whose subject a verb after 'and' shares, when only auxiliaries and frames stand
    between the 'and' and it ('The market grew 9% and was worth £1bn'; 'unemployment rose to 6.1% and is
    expected to stay at 6%'), else 0."""
    j = k - 1
    while j > 1 and (plain(before[j]) in AUXILIARY_FORMS or plain(before[j]) in FRAME_WORDS):
        j -= 1  # "and | is expected to | stay at"
    linking = verb in COPULAS or (j < k - 1 and (verb in LEVEL_VERBS or verb in CHANGE_VERBS or verb == "cost"))
    return last_subject_verb(before[:j]) if k > 1 and linking and plain(before[j]) in ("and", "but") else 0


def market_moved(c: Clause, k: int, verb: str, subject: list[str], linked: list[str]):
    """A price that crude, futures, an index or shares lost or gained: 'Kesta blend crude traded in Orlo
    lost $3' -> ('Kesta blend crude traded in Orlo', 'down'); the level it fell to has no direction; None
    when the subject trades at no price (a firm's loss is its own)."""
    pre = c.before[:k]  # (the whole clause before the verb: "Kesta blend crude traded in Orlo | lost")
    market = subject if subject and any(plain(w) in MARKET_HEADS for w in lead_of(subject)) else \
        pre if 1 < len(pre) <= ABOUT_WORDS and any(plain(w) in MARKET_HEADS for w in pre[:3]) and figure_free(pre) \
        and not any(plain(w) in AUXILIARY_FORMS | RISING | FALLING | _set("and but") for w in pre) else []
    # (not "Oil fell and has now | lost $3": a clause of its own)
    if not market:
        return None
    words = [plain(market[0]) if market[0] == c.before[0] and c.at_start and plain(market[0]) in c.vocab
             else market[0]] + market[1:]  # (the sentence's capital, when the article writes the word in lower case)
    return " ".join(words), "" if "to" in linked else "down" if verb in LOSING else "up"  # ("to $51.10": a level)


def economy_moved(c: Clause, verb: str, subject: list[str]) -> str:
    """'the province grew by 3.2%' -> 'economic growth of the province' (a place that grows is its economy)."""
    kind = "growth" if verb in RISING else "contraction"
    return f"economic {kind} of the {' '.join(w.lower() if w == c.before[0] else w for w in subject)}"


def last_subject_verb(words: list[str]) -> int:
    """The index of the last verb in words with a noun just before it, its subject ('warned house prices |
    were overvalued'), else 0."""
    return max((v for v in range(1, len(words)) if words[v][:1].islower() and words[v - 1][:1].isalpha()
                and plain(words[v - 1]) not in FUNCTION_WORDS and plain(words[v - 1]) not in AUXILIARY_FORMS
                and (plain(words[v]) in AUXILIARY_FORMS or is_verb(words[v]) or plain(words[v]) in PAST_TENSES)
                and is_noun(plain(words[v - 1]))), default=0)


def estimated_at(c: Clause):
    """'with fraud estimated at 8%' -> 'fraud (estimated)': a noun phrase an estimate puts at the figure,
    where the participle is a link word ('estimated at'), so no verb is found; else None."""
    j = max((j for j, w in enumerate(c.before) if plain(w) in ("estimated", "put", "valued", "forecast")
             and all(plain(x) in LINK_SKIPS for x in c.before[j + 1:]) and "at" in map(plain, c.before[j + 1:])),
            default=None)
    subject = noun_phrase_before(c.before[:j]) if j else []
    if not subject or not (is_noun(subject[-1]) or measured(subject[-1])) or not figure_free(subject):
        return None
    return f"{' '.join(subject)} ({plain(c.before[j])})", ""


OFFER_VERBS = _set("offer offers offered offering")
PAYING = _set("pay pays paying paid")  # a percentage a named account or bond pays is its rate
SIZING = _set("totalling totaling amounting")  # a participle that sizes the noun phrase before it
INDEX_WORDS = _set("index indices average composite nikkei dow ftse dax cac nasdaq sensex kospi hang seng")


def common_opener(word: str, c: Clause) -> bool:
    """Whether a sentence's capitalised first word is a common noun: one the article also writes in lower
    case, or a plural of doers ('Organisers', 'Applicants')."""
    low = plain(word)
    return low in c.vocab or low in GENERAL_WORDS or low.endswith(("ers", "ors", "ants", "ents", "ists"))


def name_after_description(words: list[str]) -> int:
    """Where the name begins in a phrase that opens with a few words describing it, at least one in lower
    case ('Resort operator | Tanco Holdings', 'budget airline | AirAsia'; not 'Thai Airways'), else 0."""
    at = next((i for i, w in enumerate(words) if i and w[:1].isupper()), 0)
    return at if 2 <= at <= 3 and all(w[:1].islower() and is_noun(w) for w in words[1:at]) \
        and is_noun(words[0].lower()) and not words[at - 1].endswith(",") else 0


def shares_moved(subject: list[str], verb: str, c: Clause) -> bool:
    """Whether a rise or fall is a company's share price: its subject only a name, no place nor index,
    in an article that speaks of shares."""
    names = [w for w in subject if w[:1].isupper() and w[-1:].isalnum() and not measured(w)
             and w.lower() not in c.vocab and plain(w) not in STOPWORDS]
    return (bool(names) and names == subject and verb in CHANGE_VERBS | ADDED
            and c.unit not in ("count", "points") and ("shares" in c.vocab or "Shares" in c.vocab)
            and " ".join(subject) not in PLACE_NAMES and not any(plain(w) in INDEX_WORDS for w in subject)
            and not subject[-1].endswith(("'s", "’s")))


WH_WORDS = _set("why how what where when whether which who")
SENDING = _set("send sends sent sending transfer transfers transferred wire wires wired remit remits remitted")
TARGETED = {"request": ("for", "from"), "investment": ("in", "into", "for", "on"),
            "contribution": ("to", "towards"), "borrowing": ("from",)}  # "seek $6bn from parliament"


def price_for(c: Clause):
    """'agreed to buy Zorba for $2bn' -> 'purchase of Zorba'; 'sold its stake for £5m' -> 'sales of its stake'."""
    words = list(c.before)
    while words and plain(words[-1]) in APPROX_WORDS:
        words.pop()  # "for up to $5m", "for about $5m"
    if words and words == c.before[:1] and plain(words[0]) == "for" and c.prior:
        words = c.prior + words  # "agreed to buy its share of Zelco, a bakery, for $5m"
    if len(words) < 3 or plain(words[-1]) != "for":
        return None
    moved = next((k for k in range(len(words) - 2, max(-1, len(words) - 9), -1) if plain(words[k]) in MOVES), None)
    if moved is not None and not any(w.endswith((",", ";")) or plain(w) in VERB_NOUNS or plain(w) in PARTNERED
                                     for w in words[moved + 1:-1]):  # (not "signed a deal with Zelco for $3bn")
        return "transfer fee", ""  # "joined Orlo City from Kesta Town for £3m", "was signed for £2.5m"
    for k in range(len(words) - 2, max(-1, len(words) - 2 - 2 * ABOUT_WORDS), -1):
        verb = plain(words[k])
        if verb == "retail" and k and (plain(words[k - 1]) in MODALS or plain(words[k - 1]) == "to"):
            verb = "retails"  # "will retail for £40" (but "retail sales", "its retail division": a noun's modifier)
        if verb in VERB_NOUNS and VERB_NOUNS[verb] not in ("money received", "gift", "takings", "money won") \
                and verb != "offering":  # ("received 9 shares for"; "a model offering two speakers for £60": its price)
            obj = words[k + 1:-1]
            if obj and plain(obj[0]) in ("in", "on", "during", "last", "this", "earlier") \
                    and all(plain(w) in TIME_FRAME_WORDS or plain(w) in MONTHS or plain(w) in WEEKDAYS
                            or YEAR.fullmatch(plain(w)) for w in obj[1:]):
                passive = not verb.endswith("ing") and any(plain(w) in COPULAS for w in words[max(0, k - 4):k])
                v = first_verb_of(words[:k + 1]) if passive else None
                thing = noun_phrase_before(words[:v]) if v else []
                if thing:  # "Kesta Mills was closed and then sold in May for $40m": its sale
                    return f"{VERB_NOUNS[verb]} of {' '.join(thing)}", ""
                obj = obj if passive else []  # (when, not what: "sold in May for"; "A yard, Zelco, was sold in")
            if not obj and k and plain(words[k - 1]) in COPULAS:
                if not verb.endswith("ing"):
                    thing = sold_thing(words[:k - 1]) if VERB_NOUNS[verb] in DEAL_NOUNS else ""
                    return (f"{VERB_NOUNS[verb]} of {thing}" if thing else VERB_NOUNS[verb]), ""
                    # "It was bought for $3m" -> "purchase"; "Zorba was sold for $3m" -> "sale of Zorba"
                noun = VERB_NOUNS[verb]  # "it is asking for $90m from the World Bank": from whom
                aim = c.after[1:] if c.after[:1] and plain(c.after[0]) in TARGETED.get(noun, ()) else []
                run = [w.rstrip(",.;:") for w in noun_run(aim, names=True)] if aim else []
                return (f"{noun} {plain(c.after[0])} {' '.join(run)}" if run else noun), ""
            if not obj and VERB_NOUNS[verb] == "sale" and not any(plain(w) in COPULAS for w in words[max(0, k - 3):k]):
                thing = noun_phrase_before(words[:k])  # "Three hats have sold for $9,000": their price
                return (f"price of {' '.join(thing)}", "") \
                    if thing and plain(thing[-1]) not in STOPWORDS and is_noun(thing[-1]) else None
            if (obj and plain(obj[0]) in ("by", "to")) or (k and plain(words[k - 1]) in COPULAS) \
                    or (obj and plain(obj[0]) in ("on", "at") and not VERB_NOUNS[verb].endswith(" from")):
                # ("Kesta, which floated on the bourse for €9m": Kesta's flotation value, not the bourse's)
                # "Zelco being bought by Marlo", "a mill sold to Zelco for", "its shares were bought in May for"
                obj = noun_phrase_before(words[:k]) or noun_phrase_before(c.prior)  # ("A yard, Zelco, was sold in May for")
            if len(words) > len(c.before) and any(map(part_of_figure, obj)):
                return None  # the clause before, read through asides, is no sound object
            cut = next((i + (w.endswith(",")) for i, w in enumerate(obj) if (plain(w) == "to" or w.endswith(",")) and i),
                       len(obj))
            obj = [w.rstrip(",") for w in obj[:cut]]  # "sold its arm to Zelmar for ..." -> "its arm"
            while obj and plain(obj[0]) in DETERMINERS:
                obj = obj[1:]
            if len(obj) > 1 and plain(obj[0]) == "into":
                obj = ["stake", "in"] + obj[1:]  # "bought into Zorba for £5m": a stake in it
            noun = VERB_NOUNS[verb] if VERB_NOUNS[verb].endswith(" from") else f"{VERB_NOUNS[verb]} of"
            return (f"{noun} {' '.join(obj[-5:])}", "") if obj else None
    phrase = noun_phrase_before(words[:-1])  # "agreed the sale of its tower for $3bn" -> "sale of its tower"
    head = next((phrase[i - 1] for i in range(1, len(phrase)) if plain(phrase[i]) in PREPOSITIONS), phrase[-1:] or [""])
    if phrase and plain(head if isinstance(head, str) else head[0]) in DEALS | PAID_BY_CHEQUE:
        return " ".join(phrase), ""  # ("agreed the sale of its tower for", "got a cheque for £2,000")
    deal = next((i for i in range(len(words) - 2, max(0, len(words) - 2 - ABOUT_WORDS), -1)
                 if plain(words[i]) in DEALS and plain(words[i + 1]) == "of"), None)
    if deal is not None and not any(w.endswith((",", ";")) for w in words[deal:-1]):
        return " ".join(words[deal:-1]), ""  # "the sale of 40 buses for $9m", with the figure in it
    return None


def sold_thing(subject: list[str]) -> str:
    """What was sold or bought, when it is the whole subject before its auxiliaries ('Zorba has been |
    sold'), else '' (not 'Ray' of 'A house designed by Ola Ray has been sold', nor 'It')."""
    while subject and plain(subject[-1]) in AUXILIARY_FORMS:
        subject = subject[:-1]
    thing = noun_phrase_before(subject)
    whole = len(thing) == len(subject) or (len(thing) == len(subject) - 1 and plain(subject[0]) in DETERMINERS)
    thing = [w for w in thing if plain(w) not in DETERMINERS] if whole else []
    return " ".join(thing) if thing and plain(thing[-1]) not in PRONOUNS and not any(map(part_of_figure, thing)) else ""


PUTTING_UP = _set("put puts putting stump stumps stumped cough coughs coughed")  # money "put up"
MOVES = _set("joined joins join joining signed signing moved move moves moving switched")  # a player's move, for a fee
SUBJECT_FIGURE_VERBS = COPULAS | _set("came come said say says")
FETCHING = _set("fetch fetches fetched fetching")
INTO_VERBS = _set("pump pumps pumping inject injects injecting pour pours pouring plough ploughs ploughing put puts putting")


def dashed_subject(c: Clause):
    """'rising costs - reaching 3% in March -' -> 'rising costs'; 'import prices - at 5% -' ->
    'import prices': a figure in a dashed aside measures the noun phrase before the dash."""
    j = max((i for i, w in enumerate(c.before) if w in DASHES), default=-1)
    tail = c.before[j + 1:]
    if j < 1 or not all(plain(w) in DASH_LINKS or plain(w).endswith("ly")
                        for w in tail):  # "- currently $4 trillion", "- a likely extra £90m"
        return None
    phrase = noun_phrase_before(c.before[:j])
    valued = c.unit not in ("percent", "points", "count") and bool(phrase) \
        and (not measured(phrase[-1]) or plain(phrase[-1]) in ("assets", "holdings")) \
        and any(plain(w) in VALUING for w in tail)  # "farmland - worth £2bn -": its value (not "costs - worth")
    return ((f"value of {' '.join(phrase)}" if valued else " ".join(phrase)), "") \
        if phrase and (is_noun(phrase[-1]) or measured(phrase[-1])) else None


DASHES = ("-", "–", "—")
DASH_VERBS = _set("reaching hitting standing totalling totaling running nearing topping amounting now representing")
VALUING = _set("worth valued representing")


def done_to_amount(c: Clause):
    """'$300m has been recovered for savers' -> 'money recovered for savers'; 'the remaining 40% will
    be held by the council' -> 'share held by the council': a sum or share that opens its clause, and
    what is done to it."""
    said = max((i + 1 for i, w in enumerate(c.before) if plain(w) in ("said", "says", "that")), default=0)
    if len(c.after) > 2 and plain(c.after[0]) in ("a", "an", "per", "each", "every") and plain(c.after[1]) in PER_TIME:
        c = c._replace(after=c.after[2:])  # "$10bn a year is needed to"
    if [plain(w) for w in c.after[:2]] == ["to", "be"]:
        c = c._replace(after=c.after[1:])  # "$2bn to be spent on roads"
    done = what_befalls(c.after)
    done = [] if done[:1] == ["who"] else done  # ("35% backed his plan": what a count of people did)
    direct = done and c.after and plain(c.after[0]) == done[-1] \
        and not (c.before and plain(c.before[-1]) in PREPOSITIONS)  # "includes $4bn owed to"; not "a peak of 12% seen"
    if c.unit in ("count", "points") or not direct and not all(plain(w) in OPENING_HEDGES for w in c.before[said:]):
        return None  # ("The state said 40bn rupees will be spent on roads")
    if not done or done == ["to", "go"] or len(c.after) < 3 or done[-1] in SEEN:
        return None  # ("$2bn has been spent" alone says less than the sentence's measure; "the £5m seen in May")
    k = next((i for i, w in enumerate(c.after) if plain(w) == plain(done[-1])), None)
    if k is None:
        return None
    words = [done[-1]]
    for w in c.after[k + 1:k + ABOUT_WORDS - 1]:
        if plain(w) in DEED_ENDS or part_of_figure(w):
            break  # ("$3m left over | would be spent")
        words.append(w)
        if w.endswith((",", ".", ";")):
            break
    if len(words) == ABOUT_WORDS - 1:  # cut short: end before its last preposition ("to farmers | in low")
        words = words[:max((i for i, w in enumerate(words) if i > 1 and plain(w) in PREPOSITIONS), default=len(words))]
    while len(words) > 1 and (plain(words[-1]) in DETERMINERS or plain(words[-1]) in PREPOSITIONS) \
            and not (len(words) == 2 and plain(words[-1]) in PARTICIPLE_PARTICLES):
        words.pop()  # (not "left over", "set aside": a particle)
    if len(words) < 2:
        return None
    return f"{'share' if c.unit == 'percent' else 'money'} {' '.join(words).rstrip(',.;')}", ""


PARTICIPLE_PARTICLES = _set("over aside out off up back")


def figure_as_subject(c: Clause):
    """'25% were gloomy about their pay' -> 'share gloomy about their pay'; '21% who felt it
    was fair' -> 'share who felt it was fair'."""
    if c.unit == "percent" and not c.after and len(c.next_words) > 2 and plain(c.next_words[0]) == "who" \
            and c.before and plain(c.before[-1]) in BEFORE_SUBJECT_FIGURE | COMPARED_LINKS:
        done = c.next_words[1:]
        cut = next((i for i, w in enumerate(done) if w[-1:] in ",.;:" or part_of_figure(w)), len(done) - 1)
        return "share who " + " ".join(done[:cut + 1]).rstrip(",.;:"), ""  # "compared with 21% | who felt it was fair"
    if c.unit != "percent" or (c.before and (plain(c.before[-1]) not in BEFORE_SUBJECT_FIGURE
                                             or plain(c.before[-1]) in PREPOSITIONS)):
        return None  # (not "pushed fares up to 9%": no subject)
    after = c.after
    if len(after) > 2 and plain(after[0]) == "of" and plain(after[1]) in ("them", "us", "these"):
        after = after[2:]  # "2% of them believed ...", "30% of them say ..."
    if len(after) >= 3 and plain(after[0]) in SUBJECT_FIGURE_VERBS and plain(after[1]) == "aged" and ages_after(after[2:]):
        return "share aged " + " ".join(ages_after(after[2:])).rstrip(",.;:"), ""  # "12% were aged between 18 and 30"
    if len(after) >= 2 and plain(after[0]) in SUBJECT_FIGURE_VERBS:
        rest = [w for w in after[1:ABOUT_WORDS + 3] if not part_of_figure(w)]
        while len(rest) > 1 and plain(rest[0]) in SAYING_OPENERS:
            rest = rest[1:]  # "55% said they were likely to move" -> "share likely to move"
        rest = rest[:ABOUT_WORDS - 1]
        while len(rest) > 1 and plain(rest[-1]) in FUNCTION_WORDS:
            rest = rest[:-1]
        reported = plain(after[0]) in ("said", "say", "says") and rest and (
            plain(rest[0]) in NEGATIONS or rest[0].endswith(("n't", "n’t")) or rest[0][:1].isupper()
            or is_verb(rest[0]) or plain(rest[0]) in DONE_BY_SHARE)  # ("said they would not", "said Mr Lee had")
        if rest and not plain(rest[0]) in DETERMINERS and not reported:  # else "share who said ...", below
            return "share " + " ".join(rest).rstrip(",."), ""
    if c.before and plain(c.before[-1]) == "with" and len(after) > 1 and (
            [plain(w) for w in after[:2]] == ["out", "of"] or plain(after[0]) == "without"
            or (plain(after[0]) == "in" and after[1][:1].islower() and is_noun(after[1])
                and plain(after[1]) not in TIME_NOUNS | DETERMINERS)):  # "with 8% out of work", "with 12% in poverty"
        state = after[:3 if plain(after[0]) == "out" else 2]
        return "share " + " ".join(state).rstrip(",.;:"), ""
    if [plain(w) for w in after[:2]] in (["against"], ["in", "favour"], ["in", "favor"]):
        return "share " + " ".join(plain(w) for w in after[:2]), ""  # "55% backed the plan, with 30% against"
    done = after[:1] and after[0][:1].islower() and (is_verb(after[0]) or plain(after[0]) in DONE_BY_SHARE)
    alone = len(after) == 1  # "just 9% disagreed", at the clause's end
    if done and (len(after) >= 2 or alone) and not part_of_figure(after[1] if len(after) > 1 else "") \
            and plain(after[0]) not in PREPOSITIONS_OR_NOT_DONE:
        rest = after[:ABOUT_WORDS]  # "just 9% voiced support for him" -> "share who voiced support for him"
        while len(rest) > 1 and (plain(rest[-1]) in SAYING_ENDS or part_of_figure(rest[-1])):
            rest = rest[:-1]
        cut = next((i for i, w in enumerate(rest) if w.endswith((",", ";", "."))
                    or (i + 1 < len(rest) and (part_of_figure(rest[i + 1]) or plain(rest[i + 1]) in COMPARING))),
                   len(rest) - 1)  # ("41% saw exports grow | and 18% ...", "backed it | compared with 45%")
        who = "share " if plain(rest[0]).endswith("ing") else "share who "  # "25% saying they would not"
        return who + " ".join(rest[:cut + 1]).rstrip(",.;"), ""
    return None


def money_as_subject(c: Clause):
    """'just £2m was spent on advertising' -> 'spending on advertising'; 'some £3m went on building the
    website', 'the £90m now being spent monthly on roads', '£2bn will be available for grants' ->
    'money available for grants': a sum that is its clause's subject, by what is done with it."""
    if c.unit in ("percent", "points", "count") or any(plain(w) not in HEDGES | DETERMINERS | _set("just only")
                                                       for w in c.before[-1:]):
        return None
    after = list(c.after) or list(c.next_words)
    i = 0
    while i < len(after) and (plain(after[i]) in AUXILIARY_FORMS or plain(after[i]) in ("being", "originally", "already")
                              or plain(after[i]).endswith("ly")):
        i += 1  # "was", "will be", "being spent yearly", "originally allocated"
    fate = MONEY_FATES.get(plain(after[i])) if i < len(after) else None
    aim = after[i + 1:]
    gerund = aim[1:2] if len(aim) > 2 and plain(aim[1]).endswith("ing") and aim[1].islower() else []  # "on | developing"
    run = gerund + noun_run(aim[1 + len(gerund):], names=True) \
        if fate and len(aim) > 1 and plain(aim[0]) in ("on", "for", "to", "from") else []
    if not run:
        return None
    fate = "money going" if fate == "money spent" and plain(aim[0]) == "to" else fate  # "9p went to a charity"
    fate = f"money {plain(after[i])}" if fate == "money allocated" else fate  # ("earmarked", "allocated" as written)
    return f"{fate} {plain(aim[0])} {' '.join(run).rstrip(',.;:')}", ""


PAID_BY_CHEQUE = _set("cheque cheques check checks bill bills invoice invoices")  # a sum written on it, "for" it
MONEY_FATES = {**dict.fromkeys("spent went goes go".split(), "money spent"),
               **dict.fromkeys("allocated earmarked".split(), "money allocated"),
               "available": "money available"}  # what is done with a sum that is a clause's subject


DID = _set("did does do")
COMPARED_LINKS = _set("to with")  # "compared to 34% who ..."
# What a share of people does in a poll: "7% think she should stand", "just 9% disagreed".
OPINION_VERBS = _set("""think thinks thought believe believes believed feel feels felt want wants agree agrees
disagree disagrees support supports oppose opposes back backs prefer prefers fear fears trust trusts""")
DONE_BY_SHARE = PAST_PARTICIPLES | DID | OPINION_VERBS | _set("said say says have has own owns use uses")  # "30% said ..."
NEGATIONS = _set("not no never")
COMPARING = _set("compared against versus while whereas than and but")
NOT_DONE = _set("up down higher lower more less above below of in on with as compared")  # not a deed: "5% higher"


CUT_VERBS = FALL_WORDS | _set("take took takes shave shaved knock knocked")


def undetermined(words: list[str], after_prepositions: bool = False) -> list[str]:
    """`words` without their determiners ('its costs' -> 'costs'), but those of a time ('growth this
    year') and, with `after_prepositions`, those after a preposition ('stake in the carrier')."""
    return [w for i, w in enumerate(words) if plain(w) not in DETERMINERS
            or (after_prepositions and i and plain(words[i - 1]) in PREPOSITIONS)
            or (i + 1 < len(words) and plain(words[i + 1]) in TIME_NOUNS)]


def cut_from(c: Clause):
    """'shave $3m from its budget' -> 'budget' (down); 'took 2% off its value' -> 'value' (down); 'cut
    £7m a year from its payroll' -> 'payroll a year' (down)."""
    often = c.after[:2] if len(c.after) > 3 and plain(c.after[0]) in PER_WORDS and plain(c.after[1]) in PER_TIME else []
    c = c._replace(after=c.after[len(often):])
    if len(c.after) >= 2 and plain(c.after[0]) in ("from", "off"):
        k, _ = verb_before(c.before)
        last = next((plain(w) for w in reversed(c.before) if plain(w) not in HEDGES), "")  # "knock about 5m euros off"
        if (k < len(c.before) and plain(c.before[k]) in CUT_VERBS) or (last in CUT_VERBS and plain(c.after[0]) == "off"):
            target = undetermined(noun_run(c.after[1:], names=True))
            target[-1:] = [w.rstrip(".,;:") for w in target[-1:]]  # "from its costs."
            if any(plain(w) in WHEN_NOUNS for w in target[:2]):
                return None  # "will drop 3% from the year before": when it falls from, not what is cut
            return (" ".join(target + often), "down") if target else None
    return None


def noun_before_figure(c: Clause):
    """'a price tag under £900' -> 'price tag'; 'market values below $40m' -> 'market values'."""
    words = list(c.before)
    while words and (plain(words[-1]) in BOUND_WORDS or (plain(words[-1]) in ("close", "closer") and len(words) < len(c.before)
                                                         and plain(c.before[len(words)]) == "to")):
        words.pop()  # ("currently around 1%": a hedge, no noun)
    if len(words) == len(c.before) or not words or not is_noun(words[-1]):
        return None
    phrase = noun_phrase_before(words)
    lead = words[len(words) - len(phrase) - 1] if phrase and len(words) > len(phrase) else ""
    if c.before[len(words):] == ["to"] and plain(lead) in CAUSE_WORDS:
        return None  # "dropped 3% on the report | to 80p": why it fell, not what is at 80p
    return (" ".join(phrase), "") if phrase else None


CAUSE_WORDS = _set("on after following amid despite")
PURPOSE_ENDS = _set("and but or which who by")  # "to settle a lawsuit | filed by"


def purpose(c: Clause):
    """'$15m to settle a lawsuit' -> 'to settle a lawsuit'."""
    after = c.after
    owning = plain(after[1]) == "own" and plain(after[2]) in DETERMINERS if len(after) >= 3 else False  # "to own a car"
    if len(after) >= 3 and plain(after[0]) == "to" and after[1][:1].islower() and plain(after[1]) not in DETERMINERS \
            and (plain(after[1]) not in STOPWORDS | APPROX_WORDS | LINK_SKIPS or owning):  # not "to a little below 4%"
        words, ended = after[:2], False
        for w in after[2:ABOUT_WORDS - 1]:
            if plain(w) in PURPOSE_ENDS or (plain(w).endswith("ed") and w[:1].islower()):
                ended = True
                break  # "to settle a lawsuit | filed by ...", "to settle the suit | and agreed to"
            words.append(w)
            if w.endswith((",", ".", ";")):
                ended = True
                break
        rest = after[len(words):]
        if not ended and rest and rest[0][:1].islower() and plain(rest[0]) not in FUNCTION_WORDS \
                and (plain(words[-1]) in OPEN_ADJECTIVES or words[-1].endswith(("'s", "’s"))
                     or (plain(rest[0]).endswith("s") and is_noun(rest[0]) and not plain(words[-1]).endswith("s"))):
            # cut inside a noun phrase, before its noun: "to buy one of Orlo's leading |
            cut = max((i for i, w in enumerate(words) if i > 2 and (plain(w) in PREPOSITIONS or plain(w) == "with")),
                      default=0)  # paper mills"
            if not cut or plain(words[cut - 1]) in NUMBER_WORDS or plain(words[cut - 1]) in PARTITIVES:
                return None  # ("to buy one of ...": no phrase worth printing)
            words = words[:cut]  # "to buy a stake in a rival | carmaker" -> "to buy a stake"
        while len(words) > 2 and (plain(words[-1]) in DETERMINERS or plain(words[-1]) in PREPOSITIONS
                                  or words[-1] in CONNECTORS or not any(ch.isalnum() for ch in words[-1])):
            words.pop()  # "to buy fellow firm Tibbett &" -> "to buy fellow firm Tibbett"
        return " ".join(words).rstrip(",.;"), ""
    return None


OPEN_ADJECTIVES = _set("main major key new big leading top largest biggest smallest second third other former")
# (a phrase cut after one of these is cut before its noun: "one of Orlo's leading | paper mills")
PARTITIVES = _set("one some part all any each most many")  # "to buy one of ...": a part, named by what follows


def done_by_pronoun(c: Clause):
    """'the $20m it lost on bad loans' -> 'loss on bad loans'; 'the £3m they raised' -> 'money raised';
    '3m euros it reportedly stored in a vault' -> 'money stored in a vault'."""
    after = [w for i, w in enumerate(c.after)  # "it reportedly stored", "he has earmarked"
             if not (i and (plain(w).endswith("ly") and w[:1].islower() or plain(w) in PERFECT_AUXILIARIES))]
    if len(after) < 2 or plain(after[0]) not in ACTING_PRONOUNS:
        return None
    verb = plain(after[1])
    aimed = len(after) > 3 and plain(after[2]) in ("on", "in", "from", "for")
    rest = noun_run(after[3:], names=True) if aimed else []
    if verb in VERB_NOUNS:
        noun = VERB_NOUNS[verb]
        return (f"{noun} {plain(after[2])} {' '.join(rest)}" if rest else noun), ""
    done = verb.endswith("ed") or verb in PAST_PARTICIPLES
    if done and rest and c.unit not in ("percent", "points", "count"):
        return f"money {verb} {plain(after[2])} {' '.join(rest)}", ""
    return None


ACTING_PRONOUNS = PRONOUNS - _set("which who that there this these those")
PERFECT_AUXILIARIES = _set("has have had")


PER_TIME = TIME_NOUNS | _set("annum")  # "$10bn a year" says how often, not what


def relative_tail(c: Clause):
    """'$45 for each Zorba share' -> 'for each Zorba share'; '$80 a barrel' -> 'per barrel'."""
    after = c.after
    if len(after) >= 3 and " ".join(plain(w) for w in after[:2]) in ("for each", "for every"):
        return " ".join(after[:4]).rstrip(",."), ""
    if len(after) >= 2 and plain(after[0]) in ("a", "per") and is_noun(after[1]) and plain(after[1]) not in PER_TIME \
            and plain(after[2] if len(after) > 2 else "") not in ("earlier", "ago", "before", "later"):
        return "per " + plain(after[1]), ""
    return None


FX_CUES = _set("""trading traded trade trades buying bought buys buy worth level low high edged slid hit strengthened
weakened firmed""")
FX_AFTER = _set("against per to versus vs")  # "$1.10 against the euro", "0.9 euros per US dollar", "$1.33 to the euro"
FX_FOLLOWERS = COPULAS | AUXILIARY_VERBS | FX_CUES | FX_AFTER | PREPOSITIONS  # after a currency that is traded
SCALED = Lazy(r"\d\s*(?:m|bn|k|tn|mn|mln)\b|(?i:million|billion|trillion|thousand)")


def income_threshold(c: Clause):
    """'those earning above €90,000 a year', 'relief for those with incomes below £20,000' -> 'income
    threshold': an amount that marks who a tax or a benefit reaches, not anyone's earnings."""
    words = [plain(w) for w in c.before[-6:]]
    if c.unit in ("percent", "points", "count") or len(words) < 2:
        return None
    k = len(words)
    while k and words[k - 1] in THRESHOLD_BOUNDS:
        k -= 1  # "more than", "over", "above", "under" (not "about", "up to": what someone earns)
    if k == len(words) or not k:
        return None
    k -= k > 1 and words[k - 1] == "of" and words[k - 2] in INCOMES  # "incomes of | less than"
    earner = k > 1 and words[k - 1] in ("earning", "earn") \
        and (words[k - 2] in EARNERS or words[k - 2] in PEOPLE_COUNTED)
    # ("those earning more than", "workers earn less than"; not "the band's album, earning more than $5m")
    if earner or (k > 1 and words[k - 1] in INCOMES and words[k - 2] in ("on", "with", "of")):
        return "income threshold", ""
    return None


THRESHOLD_BOUNDS = _set("more less than over above under below")
EARNERS = _set("those people anyone everyone who households families individuals earners taxpayers")
INCOMES = _set("income incomes earnings salaries")


def than_expected(c: Clause):
    """'The shortfall - much larger than the $3bn expected by economists' -> 'expected shortfall'; 'rose to 3.1%,
    higher than the 2.9% economists expected' -> 'expected inflation': what others expected of the measure
    compared; 'the 2.9% analysts had forecast' likewise."""
    after = [plain(w) for w in c.after[:4]]
    after = after[1:] if after[:1] and after[0] in FORECASTERS else after
    after = after[1:] if after[:1] in (["had"], ["have"]) else after
    compared = [plain(w) for w in c.before[-2:]]
    if compared not in (["than", "the"], ["above", "the"], ["below", "the"]) or len(c.before) < 2 + (compared[0] == "than") \
            or not after or not (after[0] in EXPECTING or (after[0].endswith("ly") and after[1:] and after[1] in EXPECTING)):
        return None
    words = [w.rstrip(",") for w in c.before[:-2 - (compared[0] == "than")]]  # before "bigger than the", "above the"
    while words and (plain(words[-1]) in COMPARED_HEDGES or words[-1] in ("-", "–", "—", "")):
        words.pop()
    subject = noun_phrase_before(words) if words else []
    prior = [w.rstrip(",") for w in c.prior]
    j = len(prior)
    while j and part_of_figure(prior[j - 1]):
        j -= 1  # "margins came in at 12%, lower than the 14% forecast": the measure of the figure before
    head = prior[:j] if j < len(prior) else []
    while head and plain(head[-1]) in ("of", "at", "to", "by"):
        head.pop()
    subject = subject or (noun_phrase_before(head) if head and not is_verb(head[-1]) else [])
    if not words and not subject and c.prior:  # "Inflation rose to 3.1%, higher than the 2.9% expected": its subject
        verb = first_verb_of(c.prior)
        subject = noun_phrase_before(c.prior[:verb]) if verb else []
        if subject and c.prior_opens and subject[0] == c.prior[0] \
                and (measured(subject[0]) or common_opener(subject[0], c)):
            subject = [subject[0].lower()] + subject[1:]  # ("Inflation rose": the sentence's capital)
    if not subject or not (is_noun(subject[-1]) or measured(subject[-1])) or not figure_free(subject):
        return None
    return f"expected {' '.join(subject)}", ""


EXPECTING = _set("expected forecast predicted anticipated estimated")
FORECASTERS = _set("analysts economists experts forecasters observers markets investors traders")
COMPARED_HEDGES = _set("far much slightly a bit little well even")


def owned_share(c: Clause):
    """'The airline is 60% owned by the state' -> 'share of airline owned by the state': who holds the
    share, and of what."""
    before, after = c.before, c.after
    held = next((i for i in range(len(before) - 2) if plain(before[i]) in OWNED and plain(before[i + 1]) == "by"), None)
    if c.unit == "percent" and held and len(after) > 1 and plain(after[0]) == "by" and plain(before[-1]) == "and" \
            and part_of_figure(before[held - 1]):  # "60% owned by the state and 40% by pension funds"
        before, after = before[:held - 1], before[held:held + 1] + after
    if c.unit != "percent" or len(after) < 3 or plain(after[0]) not in OWNED or plain(after[1]) != "by" \
            or not before or plain(before[-1]) not in COPULAS:
        return None
    whole, owner = subject_or_antecedent(before[:-1], c), noun_run(after[2:], names=True)
    if not whole or not owner:
        return None
    return f"share of {' '.join(undetermined(whole))} {plain(after[0])} by {' '.join(owner)}", ""


def holding(c: Clause):
    """'Mr Lee owns 28%' -> 'stake held by Mr Lee'; 'Zorba, which holds about 8%,' -> 'stake held by
    Zorba': a share a name owns, of what the sentence is about."""
    words = [w for w in c.before if plain(w) not in HEDGES]
    having = bool(words) and plain(words[-1]) in ("has", "have", "had") and c.after[:1] == ["of"]  # "Zorba has 35% of Kesta"
    if c.unit != "percent" or not words or (plain(words[-1]) not in HOLDS and not having):
        return None
    owner = subject_or_antecedent(words[:-1], c)
    if not owner or not owner[-1][:1].isupper():
        return None
    whole = noun_run(c.after[1:], names=True) if c.after[:1] and plain(c.after[0]) == "of" else []
    if whole:  # the holder's name, not what it ends: "the approval of | Zorba Holdings, which owns"
        owner = owner[max((i + 1 for i, w in enumerate(owner) if w[:1].islower() and plain(w) not in ("and", "&")),
                          default=0):]
    if whole and owner and not (c.at_start and owner[0] == c.before[0] and common_opener(owner[0], c)):
        whole = [w.rstrip(",.;:") for w in whole]
        if having and not undetermined(whole)[0][:1].isupper():  # "Zorba has 35% of the market": its share, no stake
            return f"{possessive(' '.join(owner))} share of {' '.join(whole)}", ""
        if measured(whole[-1]) and plain(whole[-1]) not in ("shares", "stock"):
            # "Zorba will run 9% of the country's gas supply": a share of a measure
            return f"share of {' '.join(undetermined(whole))} held by {' '.join(owner)}", ""
        return f"{possessive(' '.join(owner))} stake in {' '.join(whole)}", ""  # "Zorba owns 12% of the club"
    return (f"stake held by {' '.join(owner)}", "") if not c.after[:1] or plain(c.after[0]) != "of" else None


def subject_or_antecedent(words: list[str], c: Clause) -> list[str]:
    """The noun phrase that ends `words`, else, in a 'which' clause, the one before it ('Kesta, which
    is 60% held by Ola Ray', 'Kesta, which holds 5%'), without its commas."""
    phrase = noun_phrase_before(words) or (noun_phrase_before(c.prior) if c.relative else [])
    return [w.rstrip(",") for w in phrase]


OWNED = _set("owned controlled held")
HOLDS = _set("owns own holds hold controls control")


def exchange_rate(c: Clause):
    """'the dollar edged down against the pound to $1.25' -> 'value of the pound'; 'one franc buying
    $1.10' -> 'value of the franc': a rate of exchange, the price of one currency in another."""
    named = [plain(w) for w in c.next_words[1:4] if plain(w) in CURRENCY_NAMES][:1]  # ("to the US dollar")
    quoted = len(c.next_words) > 1 and plain(c.next_words[0]) in FX_AFTER and named and named[0] in CURRENCY_NAMES
    # "$1.3270 to the euro", "$1.88 to sterling"
    if c.unit in ("count", "percent", "points") or SCALED.search(c.figure) \
            or not (quoted or any(plain(w) in FX_CUES for w in c.prior[-4:] + c.before + c.after[:3])):
        return None
    after = list(c.next_words)
    at = next((i for i, w in enumerate(after[:2]) if plain(w) in FX_AFTER), len(after))
    words = c.prior + c.before
    places = [(after, i) for i in range(at + 1, len(after))] + [(words, i) for i in range(len(words) - 1, -1, -1)]
    for seq, i in places:  # after "against" first, then the nearest before the figure
        w, nxt, prev = seq[i], seq[i + 1] if i + 1 < len(seq) and seq[i][-1:].isalpha() else "", seq[i - 1] if i else ""
        name = plain(w)
        if CURRENCY_NAMES.get(name, c.unit) == c.unit or part_of_figure(prev) or nxt[:1].isalpha() and not (
                is_verb(nxt) or plain(nxt) in FX_FOLLOWERS or plain(nxt) in PREPOSITIONS):  # ("to the dollar | for")
            continue  # (a currency as a thing: "the euro was", "one pound buying"; not "euro zone", "5 euros")
        country = plain(prev) if plain(prev) in CURRENCY_COUNTRIES and prev[:1].isupper() else ""
        the = "" if name == "sterling" and not country else "the "  # sterling takes no article
        return f"value of {the}{(prev + ' ') if country else ''}{name}", ""
    return None


def price_of_each(c: Clause):
    """'a deal for 12 of the trams, at $4m each' -> 'price of each tram'; 'had 5 seats each
    at £8 apiece' -> 'price of each seat'."""
    if c.unit in ("percent", "points", "count") or not c.after or plain(c.after[0]) not in ("each", "apiece") \
            or plain(c.before[-1] if c.before else "") not in ("at", "for"):
        return None
    words = c.before[:-1] or c.prior
    words = words[:-1] if words and plain(words[-1]) in ("each", "apiece") else words  # "had 5 seats each at £8 apiece"
    thing = noun_phrase_before(words)
    return (f"price of each {singular(plain(thing[-1]))}", "") if thing and is_noun(thing[-1]) else None


def paid_more_for(c: Clause):
    """'is paying 15% more for bread' -> 'price of bread' (up)."""
    if c.unit != "percent" or len(c.after) < 3 or plain(c.after[0]) not in ("more", "less") or plain(c.after[1]) != "for":
        return None
    k, _ = verb_before(c.before)
    if k == len(c.before) or VERB_NOUNS.get(plain(c.before[k])) != "payment":
        return None
    thing = noun_run(c.after[2:], names=True)
    payer = name_before(c.before[:next((j for j in range(k) if plain(c.before[j]) in AUXILIARY_FORMS
                                            or is_verb(c.before[j])), k)])  # "Orlo | has agreed to pay"
    payer = payer if payer and len(payer) <= 4 \
        and not (c.at_start and payer[0] == c.before[0] and common_opener(payer[0], c)) else []  # (not "Shoppers")
    price = f"price {' '.join(payer)} pays for" if payer else "price of"  # "Orlo will pay 30% more for gas": Orlo's
    return (f"{price} {' '.join(thing)}", COMPARATIVES[plain(c.after[0])]) if thing else None


FINING = _set("fined fines fine")  # "fined Orlo £9,000"


def fined(c: Clause):
    """'Zorba was fined $3m' -> 'fine on Zorba': a penalty is on whom the passive names, not what it is."""
    words = [w for w in c.before if plain(w) not in HEDGES]
    if c.unit in ("percent", "points", "count") or len(words) < 2:
        return None
    fining = next((i for i in range(len(words) - 2, max(0, len(words) - 6), -1) if plain(words[i]) in FINING
                   and (plain(words[i]) == "fined" or plain(words[i - 1]) in MODALS or plain(words[i - 1]) == "to")), None)
    if fining is not None and plain(words[-1]) != "fined" and words[fining][:1].islower() \
            and plain(words[fining - 1]) not in COPULAS \
            and (words[fining + 1][:1].isupper() or plain(words[fining + 1]) in DETERMINERS) \
            and not all(plain(w) in FIGURE_DETERMINERS | RECORD_WORDS for w in words[fining + 1:]):
        # (not "fined up to", nor "left Orlo fined a record £9,000")
        whom = name_before(words[fining + 1:]) or noun_phrase_before(words[fining + 1:])
        if whom and plain(whom[0]) not in PRONOUNS | OBJECT_PRONOUNS:  # "The watchdog fined Orlo £9,000": a fine on Orlo
            return f"fine on {' '.join(whom[1:] if plain(whom[0]) in DETERMINERS else whom)}", ""
    words = [w for w in words if plain(w) not in SHARED_BY]  # "were each fined": were fined
    if len(words) < 3 or plain(words[-1]) != "fined" or plain(words[-2]) not in COPULAS:
        return None
    subject = noun_phrase_before(words[:-2])
    named = subject and not (len(subject) == 1 and plain(subject[0]) in PRONOUNS)
    at = next((i for i in range(len(words) - 2 - len(subject), -1, -1) if words[i:i + len(subject)] == subject), 0)
    if named and at and plain(words[at - 1]) in ("the", "its", "their"):
        subject, at = words[at - 1:at] + subject, at - 1  # "the firm had been fined": the firm, named later (described_firm)
    first = noun_phrase_before(words[:at - 1]) if named and at > 1 and plain(words[at - 1]) == "and" else []
    if first and first[-1][:1].isupper():  # "Kesta and its chairman Ray were both fined £2m" -> "fine on
        subject = first + ["and"] + subject[plain(subject[0]) in ("its", "their"):]  # Kesta and chairman Ray"
    return (f"fine on {' '.join(subject)}" if named else "fine"), ""


SHARED_BY = _set("each both also jointly")  # how a passive's subjects share it: "were each fined"


def amount_someone_dealt(c: Clause):
    """An amount a relative clause after it says someone paid, lent, spent or raised: 'the $6bn which
    Kesta Bank lent Zorba Oil' -> 'loan to Zorba Oil (Kesta Bank)', 'the £2m that the club spent on
    players' -> 'spending on players'; else None."""
    words = list(c.next_words)
    if c.after or c.unit in ("percent", "points", "count") or len(words) < 3 \
            or plain(words[0]) not in ("which", "that"):
        return None
    k = next((i for i, w in enumerate(words[2:6], 2) if w[:1].islower() and plain(w) in VERB_NOUNS), None)
    if k is None or not all(w[:1].isupper() or plain(w) in DETERMINERS or w[:1].islower() and is_noun(w)
                            for w in words[1:k]):
        return None  # (the words before the verb are its subject: "which state lender Kesta | lent")
    noun, rest = VERB_NOUNS[plain(words[k])], [w.strip(",.;:") for w in words[k + 1:]]
    target = noun_run(rest[1:], names=True) if rest and plain(rest[0]) in ("to", "for", "on", "in") else []
    if target:
        noun = f"{noun} {plain(rest[0])} {' '.join(target)}"
    elif noun in ("loan", "payment", "gift") and rest and (rest[0][:1].isupper() or "-" in rest[0]):
        whom = rest[:next((i for i, w in enumerate(rest) if not (w[:1].isupper() or "-" in w)), len(rest))]
        noun = f"{noun} to {' '.join(whom)}"  # "lent state-owned Zorba Oil": to whom
    name = [w for w in words[1:k] if w[:1].isupper() and w not in DEMONYMS]
    named = name and words[k - 1][:1].isupper()  # the subject ends on its name
    return (f"{noun} ({' '.join(name[-3:])})" if named else noun), ""


def level_after_move(c: Clause):
    """'Kesta shares ended higher, at 85p' -> 'Kesta shares'; 'sales would be weaker, at between $2 and
    $3' -> 'sales'; 'Inflation stays low, currently around 1%' -> 'inflation': a level set off
    by a comma after the clause that says its measure moved or stayed."""
    moved = c.before[:1] == ["by"] and c.prior and (plain(c.prior[-1]) in RISING or plain(c.prior[-1]) in FALLING)
    # "Sales have fallen, by 4%": the change the clause before says
    if not c.before or (plain(c.before[0]) not in LEVEL_OPENERS and not moved) \
            or not all(plain(w) in LINK_SKIPS or plain(w) == "currently" for w in c.before) \
            or c.after and c.after[0].strip(EDGE_PUNCT) and plain(c.after[0]) not in PREPOSITIONS \
            or not c.prior or (plain(c.prior[-1]) not in MOVED_ENDS and not moved):
        return None  # ("at 300p in late trading"; not "at 300p a share")
    joined = max((i + 1 for i, w in enumerate(c.prior[:-1]) if plain(w) in ("but", "while", "although", "though")), default=0)
    prior = c.prior[joined:]  # ("output has grown but | inflation stays low")
    if moved:  # the subject just before the verb that moved: "Sales have (also) fallen"
        v = len(prior) - 1
        while v and (plain(prior[v - 1]) in AUXILIARY_FORMS or plain(prior[v - 1]) in VERB_ADVERBS | _set("also still")):
            v -= 1
    else:
        v = first_verb_of(prior)
    subject = noun_phrase_before(prior[:v]) if v else []
    while subject and plain(subject[0]) in WHEN_WORDS and not (len(subject) > 1 and subject[1].endswith(("'s", "’s"))):
        subject = subject[1:]  # ("Next year earnings would be lower"; not "next year's earnings")
    if not subject or not (is_noun(subject[-1]) or measured(subject[-1])) or not figure_free(subject) \
            or (moved and len(subject) < v - (plain(prior[0]) in DETERMINERS)):
        return None  # (but "earnings per share"; a change's subject is all its clause has before the verb)
    if c.prior_opens and not joined and subject[0] == c.prior[0] and (measured(subject[0]) or common_opener(subject[0], c)):
        subject = [subject[0].lower()] + subject[1:]  # (the sentence's capital)
    return " ".join(subject), ("up" if plain(c.prior[-1]) in RISING else "down") if moved else ""


MOVED_ENDS = frozenset(COMPARATIVES) | HOLD_WORDS | _set("high low")  # "closed lower", "ended the day unchanged",
# "remains high"
LEVEL_OPENERS = _set("at currently now still")  # ", at 300p", ", currently around 1%"


def poll_share(c: Clause):
    """A name's share in a poll: 'the Tories on 33%' -> "the Tories' share"; 'Unity lead the Liberal Party
    by 41% to 30%' -> "Unity's share" and "the Liberal Party's share"."""
    words = [w for w in c.before if plain(w) not in HEDGES]
    if c.unit != "percent" or len(words) < 2:
        return None
    if plain(words[-1]) == "on":
        if not any(plain(w) in POLL_CUES for w in c.prior + c.before):
            return None  # ("Yorkshire on 21.7%" in a list of regions' inflation: the measure before's)
        name = name_before(words[:-1])  # "with the Greens on 8%"
        return (f"{possessive(' '.join(name))} share", "") if name and plain(name[-1]) not in MONTHS else None
    lead = next((i for i in range(len(words) - 2, 0, -1) if plain(words[i]) in LEADING), None)
    if lead is None or plain(words[-1]) not in ("by", "to") or not all(
            plain(w) in ("by", "to") or part_of_figure(w) or w[:1].isupper() or plain(w) in DETERMINERS
            for w in words[lead + 1:]):
        return None
    if plain(words[-1]) == "by":  # "Unity lead the Liberal Party by | 41%": the leader's
        name = name_before(words[1 if plain(words[0]) == "the" else 0:lead])  # ("The Greens lead")
    else:  # "... by 41% to | 30%": the led party's
        by = next((i for i in range(lead + 1, len(words)) if plain(words[i]) == "by"), lead + 1)
        name = name_before(words[lead + 1:by])
    return (f"{possessive(' '.join(name))} share", "") if name else None


POLL_CUES = _set("poll polls polling survey surveys vote votes voters rating ratings support lead leads led ahead behind")
LEADING = _set("lead leads led leading trail trails trailed trailing")  # "Unity lead the Liberal Party by 41% to 30%"


def ranked_takings(c: Clause):
    """'Comedy Big Orlo was third with $9m' -> 'takings (Big Orlo)': the money a film, book or
    show took to reach its place in a chart."""
    words = [w for w in c.before if plain(w) not in HEDGES]
    if c.unit in ("percent", "points", "count") or len(words) < 3 or plain(words[-1]) != "with" \
            or not any(plain(w) in RANKS for w in words[-7:-1]):  # ("is third on the rich list with")
        return None
    v = first_verb_of(words)
    name = name_before(words[:v]) if v else []
    what = "wealth" if any(plain(w) in RICH_WORDS for w in c.prior + c.before) else "takings"  # (a rich list's)
    return (f"{what} ({' '.join(name)})" if name else what), ""


RICH_WORDS = _set("list rich richest wealth wealthiest fortune fortunes")  # "fourth on the list with £300m"
RANKS = _set("first second third fourth fifth sixth seventh eighth ninth tenth top")  # "was third with $9m"


def on_sale_price(c: Clause):
    """'The scooter will go on sale for under $500' -> 'price of scooter'; 'Seats are available from
    just 9 euros' -> 'price of seats': the price of what is on sale, not a sale."""
    words = list(c.before)
    while words and plain(words[-1]) in APPROX_WORDS:
        words.pop()
    if len(words) < 3 or plain(words[-1]) not in ("for", "from", "at"):
        return None
    k = adjunct_start(words, len(words) - 1)  # ("went on sale in Europe for £40")
    offered = plain(words[k - 1]) == "available" or [plain(w) for w in words[k - 2:k]] == ["on", "sale"]
    v = first_verb_of(words[:k]) if offered else None
    subject = noun_phrase_before(words[:v]) if v else []
    while subject and plain(subject[0]) in DETERMINERS:
        subject = subject[1:]
    if subject and c.at_start and subject[0] == c.before[0] and common_opener(subject[0], c):
        subject = [subject[0].lower()] + subject[1:]  # (the sentence's capital)
    if not subject or not is_noun(subject[-1]):
        return None
    return f"price of {' '.join(subject)}", ""


OWNED_RULES = (counted_noun, price_for, noun_after_figure, noun_of_figure)
ABOUT_RULES = (income_threshold, than_expected, owned_share, exchange_rate, set_aside, capped, lived_on, paid_more_for, price_of_each, apposed_share,
               counted_noun, someones_estimate, noun_after_figure, more_of_noun, noun_of_figure,
               figure_in_noun, holding, share_of, cut_from, amount_to_someone, object_of_verb, on_sale_price,
               ranked_takings, price_for,
               dashed_subject, fined, subject_of_verb, figure_as_subject, money_as_subject,
               done_to_amount, noun_before_figure, done_by_pronoun, relative_tail, purpose, amount_someone_dealt,
               level_after_move, poll_share)
APPROX_WORDS = _set("about around nearly almost some roughly approximately over under more less than up to as much "
                    "just estimated least between")
HEDGES = APPROX_WORDS - _set("to up as much")  # hedges before an amount, not its links
HEDGES_BEFORE_LINK = APPROX_WORDS - _set("at to by below above under")
BEFORE_SUBJECT_FIGURE = APPROX_WORDS | _set("""and another only just found showed shows suggests said that with
remaining other""")  # "The remaining 33% said ..."
BOUND_WORDS = APPROX_WORDS | _set("below above under over within little")  # "a little under 3%"
OPENING_HEDGES = HEDGES | FIGURE_DETERMINERS | ING_ADJECTIVES | _set("at up to")  # "at least", "the remaining 12%", "up to"


CLAUSE_JOINERS = _set("and while but whereas")  # "60% were no worse off | and 15% said": the next figure's clause
PARTICLES_OF_CHANGE = _set("up down out off")  # phrasal verbs' particles: "pushed down the rate"
TIME_OPENERS = _set("last next previous past")  # "last year" says when
SUBJECT_PRONOUNS = _set("it they he she we i you")
FRACTION_WORDS = _set("half third quarter fifth sixth tenth majority minority")  # an amount in words, not a measure
VAGUE_HEADS = _set("mark figure figures level number amount sum peak")  # say nothing alone: "its present 6.5% mark"


LEAD_BOUNDS = _set("below above beneath")  # where the figure stands against a measure, not the measure


def tidy_about(phrase: str, c: Clause) -> str:
    """A phrase as printed: edge punctuation off, a sentence's capital off a common first word
    ('Quarterly profits'), names kept as written ('Zorba's profits')."""
    words = phrase.split()
    aside = next((i for i, w in enumerate(words) if i and len(w) > 1 and w[0] in "-–—" and w[1].isalpha()), None)
    words = words[:aside] if aside else words  # "stake in Kesta -famous for its jam": a dash opens an aside
    if words and words[-1].endswith(".."):
        words[-1] = words[-1].rstrip(".")  # "Apple..." as scraped
    while words and (plain(words[0]) in LEAD_WORDS or plain(words[0]) in DETERMINERS or plain(words[0]) in PARTICLES_OF_CHANGE
                     or (plain(words[0]) in LEAD_BOUNDS and len(words) > 1)  # "(though) below last month's high"
                     or (plain(words[0]) in PREPOSITIONS and len(words) > 1
                         and not (plain(words[0]) == "to" and words[1][:1].islower() and plain(words[1]) not in DETERMINERS))):
        words = words[1:]  # "(push) down the rate", "down from a profit of", "on sales"; not "to settle a suit"
    words = head_named(words, c)
    if not words or all(plain(w) in WHEN_WORDS or plain(w) in MONTHS or plain(w).isdigit()
                        or plain(w) in NUMBER_WORDS or plain(w) in HEDGES or plain(w).rstrip("s") in FRACTION_WORDS
                        for w in words):
        return ""  # "this year", "last year", "31 December" say when, "four" or "nearly two thirds" how many, not what
    if c.unit != "count" and plain(DIRECTION_TAG.sub("", " ".join(words)).split()[-1]) in ROLE_NOUNS \
            and not any(plain(w) in PREPOSITIONS or plain(w) in MEASURE_NOUNS or plain(w) in ("share", "per") for w in words) \
            and " ".join(plain(w) for w in words[:2]) not in " ".join(plain(w) for w in c.after):  # ("Orlo FC's £9m striker")
        return ""  # a person's role is no measure: "United's chief executive" (for a 300p offer)
    if plain(words[0]) in COPULAS and words[0][:1].islower():
        return ""  # a predicate is no measure: "is late" (from "mail that is late up to 30%")
    if plain(words[0]) in SUBJECT_PRONOUNS and len(words) > 1:
        return ""  # a clause is no measure: "it wants" (from "said that it wants nearly £5m")
    if len(words) == 1 and plain(words[0]) in VAGUE_HEADS:
        return ""  # "its present 6.5% mark", "that figure is 0.1%": say nothing of what is measured
    if len(words) == 1 and not measured(words[0]) and (plain(words[0]) in VERBS_ALONE
                                                      or plain(words[0]) in ("run", "runs", "ran", "worth", "little", "lot", "bit",
                                                                             "close", "near")):
        return ""  # a verb alone says nothing of what is measured ("run to $40m"); a "value" or "rise" does
    i = 2 if len(words) > 2 and plain(words[1]) == "of" and words[0].islower() and c.before \
        and words[2] == c.before[0] \
        else 0  # "cost of | Tickets" where "Tickets" opens the sentence
    if len(words) > i + 1 and plain(words[i]) in WH_WORDS:
        words = words[:i] + words[i + 1:]  # "(Where) price rises were held to 2%"
    first = words[i]
    low = first.lower()
    base = low[:-2] if low.endswith(("'s", "’s")) else low  # "Oil's price": a common word's (unless written so twice)
    common = (low in c.vocab or low + "," in c.vocab or low in THING_WORDS or low in GENERAL_WORDS
              or low in MEASURE_NOUNS
              or (base != low and c.vocab.get(first, 0) < 2 and (base in THING_WORDS or base in GENERAL_WORDS
                                                                  or base in MEASURE_NOUNS or base in TIMES_OF_DAY)))
    adjective = low.endswith(("ly", "al")) and first not in PLACE_NAMES and first not in ORG_NAMES  # "Quarterly"
    opens = c.at_start and c.before and first == c.before[0]
    borrowed = c.prior_opens and c.prior and first == c.prior[0]  # the clause before's subject: only a common word
    in_name = len(words) > i + 1 and words[i + 1][:1].isupper() and not words[i + 1].isupper()  # "News Corp shares"
    if (opens or borrowed) and first[1:].islower() and not NAME_ADJECTIVE.search(first) and not in_name \
            and first not in DEMONYMS and first not in PLACE_NAMES and not dated(first) \
            and (common or adjective or (opens and not c.named and not first.endswith(("'s", "’s")) and not (
                c.vocab.get(first, 0) + c.vocab.get(first + ",", 0) > 1 and (i == len(words) - 1
                                                                               or words[i + 1][:1].isdigit())))) \
            and not (opens and c.named and first.endswith(("'s", "’s"))):  # ("Next's sales")  # (but "Oslo-listed" keeps its capital)
        words[i] = first.lower()  # "Quarterly profits" opens the sentence; it is no name
        # (an unknown word that opens it and ends the phrase or owns it keeps its capital if the article
        # writes it so twice: a name, "sale of Zorbaneft", "Next's shares")
    comma = next((i for i, w in enumerate(words[:-1]) if w.endswith(",")), None)
    listed = comma is not None and "and" in words[comma + 2:comma + 4] and all(w.islower() for w in words[comma - 1:])
    if comma is not None and not listed:  # ("sales at shops, pubs and hotels": a list goes on)
        words = words[:comma + 1]  # an apposition cut short: "shares in Zorba, (Orlo's only listed)"
    if len(words) > 2 and plain(words[-1]) == "worth":  # "profit share worth", "bought by Zorba in a deal worth"
        words = words[:-4] if [plain(w) for w in words[-4:-1]] in (["in", "a", "deal"], ["in", "a", "move"]) \
            and len(words) > 4 else words[:-1]
    while len(words) > 1 and (plain(words[-1]) in DANGLING or words[-1] in CLAUSE_TAILS
                              or (words[-1] == "it" and plain(words[-2]) in PREPOSITIONS) or (
            plain(words[-1]).endswith("ly") and words[-1].isalpha() and words[-1].islower()
            and plain(words[-1]) not in LY_ADJECTIVES | PERIODIC | LY_NOUNS | LY_SCOPES)):
        words = words[:-1]  # a phrase cut short: "damages claimed (from)", "income tax (for those)", "gap (still)",
        # "tutors without whom (we)", "lorries (it's clearly)"
    text = " ".join(words).strip(" ,;:\"'“”‘’")
    if (text.count('"') + text.count("“") + text.count("”")) % 2:
        text = text.replace('"', "").replace("“", "").replace("”", "")  # a quotation's mark without its pair
    if text.endswith(".") and not INITIALS.match(text.split()[-1]):
        text = text[:-1].rstrip()
    return text


OBJECT_GERUNDS = _set("offering including providing giving granting seeking receiving earning charging announcing")
# a verb before its object, left from a participle clause: "offering housing grants worth €40m"


def head_named(words: list[str], c: Clause) -> list[str]:
    """An about's first words as a measure's name: a gerund before its object dropped ('(offering) housing
    grants'), 'hands' changed is a trading price, a percentage's 'proportion of' is a 'share of'."""
    if len(words) > 1 and plain(words[0]) in OBJECT_GERUNDS and words[1][:1].islower() and plain(words[1]) not in PREPOSITIONS:
        return words[1:]  # "(offering) housing grants worth €40m": the grants
    if [plain(w) for w in words] == ["hands"] and any(plain(w).startswith("chang") for w in c.before[-4:]):
        return ["trading", "price"]  # "changing hands at 90p": the price it traded at
    if len(words) > 2 and c.unit == "percent" and plain(words[0]) in ("proportion", "percentage") and words[1] == "of":
        return ["share"] + words[1:]  # "the proportion of homes with broadband": one name for a share
    return words


# A word a noun phrase does not end with: it was cut short ("sympathy for her": "her" is an object).
DANGLING = (PREPOSITIONS - _set("over off out up down back away")) | (DETERMINERS - _set("her")) \
    | _set("to and or but than already still also just only those about around nearly almost without now became "
           "become becomes")  # ("since the row became")
CLAUSE_TAILS = frozenset("""we they he she I you it's whom who whose which will would can could may might should
must""".split())  # as written: a clause's subject, opener or modal ("tutors without whom we", "investments this will")
NOUN_PARTICIPLES = _set("cut hit set run shed put")  # participles that are nouns too: "a 5% cut"
SEEN = _set("seen recorded reported registered posted")  # "than the £2.3bn recorded in May": a value, not a deed


# Word sets the rules above combine, built once (not on every call).
WHEN_WORDS = TIME_NOUNS | DETERMINERS | TIME_OPENERS
VERBS_ALONE = FIGURE_VERBS | SPEECH_WORDS | COPULAS  # a verb alone is no measure
PREPOSITIONS_OR_NOT_DONE = PREPOSITIONS | NOT_DONE
OBJECT_PRONOUNS = _set("you them us him me")  # "earns you | a yearly wage"
PRONOUN_OPENERS = PRONOUNS | OBJECT_PRONOUNS  # "£1m of them | from companies"
CHANGE_VERBS = RISE_WORDS | FALL_WORDS
LEVEL_PUSHERS = CHANGE_VERBS | TAKE_VERBS  # "pushed fares up to 9%": a level, no hedge
CHANGING = CHANGE_VERBS | ING_CHANGES
WHEN_NOUNS = TIME_NOUNS | TIMES_OF_DAY
NO_DEED_WORDS = STOPWORDS | DETERMINERS | PREPOSITIONS | APPROX_WORDS  # no verb before a count
NOT_GERUNDS = ING_PREPOSITIONS | ING_ADJECTIVES | SPEECH_WORDS
AUXILIARY_FORMS = COPULAS | AUXILIARY_VERBS
FRAMES = FRAME_WORDS | AUXILIARY_VERBS
BOUNDED = APPROX_WORDS | BOUNDS
FUNCTION_WORDS = DETERMINERS | PREPOSITIONS
PREPOSITIONS_WITH = PREPOSITIONS | _set("with")  # "which 40% of homes are fitted with"
NP_STOPS_BUT_PREPOSITIONS = NP_STOPS - PREPOSITIONS
NP_STOPS_OR_PREPOSITIONS = NP_STOPS | PREPOSITIONS
DEED_ENDS = (PURPOSE_ENDS - _set("by")) | NP_STOPS_BUT_PREPOSITIONS  # "$3m left over | would be spent"
SAYING_OPENERS = PRONOUNS | AUXILIARY_VERBS | MODALS | COPULAS  # "55% said | they were | likely"
SAYING_ENDS = PREPOSITIONS_WITH | MODALS | _set("a an the")
THEME_TITLES = TITLE_HEADS | _set("prime")  # "Prime Minister" gives no theme
DASH_LINKS = DASH_VERBS | LINK_SKIPS | FIGURE_DETERMINERS | FRAME_WORDS  # "- reaching", "- a predicted extra"


#### Extract: figures ##########################################################################
# Pure: money, percentages and counts as news writes them, normalised exactly (integers and decimals,
# never binary fractions), each with the noun phrase saying what it measures, and what follows from
# two of them. English-only, and precision before recall: an amount whose unit or measure is unclear
# is left out, or its measure left empty, rather than guessed.

NUMERAL = r"\d{1,3}(?>(?:,\d{3}(?!\d))+)(?:\.\d+)?|\d,\d{4,}(?![\d,])|(?>\d+)(?:\.\d+)?"
# 12 | 1,200.5 | 0.75 | 1,8923 (a decimal comma: four digits after it are no thousands)
WORD_SCALES = ("thousand", "million", "billion", "trillion")
# A number in words below a thousand: "forty-five", "twelve hundred", "seven hundred and fifty".
BELOW_100 = rf"(?:(?:{'|'.join(TENS_WORDS)})(?:[-{SP[1:-1]}](?:{'|'.join(UNITS_WORDS)}))?|{'|'.join(TEENS_WORDS)}|{'|'.join(UNITS_WORDS)})"
WORD_NUMBER = rf"(?:{BELOW_100}{SP}+hundred(?:{SP}+and{SP}+{BELOW_100})?|(?:{'|'.join(TENS_WORDS)})[-{SP[1:-1]}](?:{'|'.join(UNITS_WORDS)}))"
# Words that make a number written as a word an amount: "five dollars", "one penny", "two Swiss francs".
# Names that are also common words ("the one won", "one real chance") are left out.
MONEY_WORDS = tuple(w for w in (*CURRENCY_NAMES, *MINOR_UNITS, *CURRENCY_COUNTRIES, "euro")
                    if w not in _set("p won rand real dong lei leu marks crown crowns taka lira cent"))
# The figure grammar: one amount, its sign, currency, number and scale. What follows it (a unit, a
# range's other end, a counted noun) is read by the code below, from the tables in Vocabulary.
AMOUNT = rf"""
    (?P<neg>(?<![\w.,%$£€])[-−](?=[$£€¥₹\d])|(?i:minus){SP}+)?    # -0.1%, −3%, minus 2%
    (?:(?P<sign>{alternation(SIGNS)}|(?:{alternation(CURRENCY_CODES)})(?={SP})){SP}?)?
                                                                  # $, US$, HK$, £, Rs, RMB, EUR before
    (?:(?P<num>{NUMERAL})                                         # 12 | 1,200.5
       (?:{SP}?(?P<scale>{alternation(SCALES)})(?![\w]))?        # 4.5bn | 3 million | 500 crore
     | (?P<words>(?i:{WORD_NUMBER}|{alternation(NUMBER_WORDS)}))    # forty-five | twelve hundred | half a
       (?:{SP}+(?P<wscale>{alternation(WORD_SCALES)})\b|(?={SP}+per|{SP}+percentage)  # million | per cent
          |(?=(?:{SP}+|-)(?i:{alternation(MONEY_WORDS)})\b)                 # five dollars, one-yen
          |(?<=hundred)(?={SP}+[a-z])                                         # twelve hundred homes
          |(?<=quarter)(?=(?:{SP}|-)points?\b))                              # a quarter point
    )"""
FIGURE = Lazy(rf"""(?<![\w.,$£€¥₹/:-]){AMOUNT}""", re.X)  # a number's start: not inside 1,234 or 10:30
# The same, for the sentences with a digit: numbers in words are tried only where WORD_AMOUNT_HINT
# finds a word they need ("million", "dollars"), since trying them at every word is most of the
# scanning time. Its words branch never matches; its groups are there, empty, for read_amount.
DIGIT_FIGURE = Lazy(rf"""(?<![\w.,$£€¥₹/:-]){AMOUNT.replace("(?P<words>", "(?!)(?P<words>")}""", re.X)
AMOUNT_AT = Lazy(AMOUNT, re.X)  # an amount where one must be: the far end of a range
RANGE_JOIN = Lazy(rf"{SP}?[-–]{SP}?")  # £40m-£50m, 8-10%, $50-100,000
AND_JOIN = Lazy(rf"{SP}+and{SP}+")     # between $2bn and $3bn
TO_JOIN = Lazy(rf"{SP}+to{SP}+")       # $1.3 to $1.5bn, 5 to 6%
BETWEEN_BEFORE = Lazy(rf"\bbetween{SP}+$")
RANGE_TO_BEFORE = Lazy(rf"\b(?:of|a|an|be|forecast|forecasts|predicted|predicts|expected|expects|estimated|estimates"
                       rf"|projected|in|for|cost|costs|costing|charge|charges|charging)"  # "in £30 to £40 titles"
                       rf"{SP}+(?:(?:about|around|some|roughly){SP}+)?$")
HEDGED_OPENING = Lazy(rf"(?:^|[,;:(]|\b(?:and|of|for|at|cost|costs|costing)){SP}*(?:[Aa]bout|[Aa]round|[Rr]oughly|[Ss]ome"
                      rf"|[Aa]pproximately){SP}+$")  # "About 40% to 50% of ...", "cost around $3m to $4m": a range
VALUED_AT_BEFORE = Lazy(rf"\b(?:values?|valued|valuing|priced|estimated|put){SP}+(?:\S+{SP}+){{0,3}}?at{SP}+$")


def amount_after(join: re.Pattern, text: str, pos: int, endpos: int) -> re.Match | None:
    """The AMOUNT match after a range's joining word at `pos` ('-', 'and', 'to'), or None. (One
    compiled AMOUNT serves every joiner: each copy of it costs milliseconds of start-up.)"""
    joined = join.match(text, pos, endpos)
    return AMOUNT_AT.match(text, joined.end(), endpos) if joined else None
PERCENT_AFTER = Lazy(rf"""{SP}?(?:
    (?P<points>(?:percentage|per{SP}?cent(?:age)?){SP}+points?\b|pp\b     # 0.25 percentage points, 3pp,
       |(?:(?<=quarter[ \xa0])|(?<=quarter))-?points?\b)                 # a quarter point, a quarter-point
  | (?P<basis>basis{SP}+points?\b|bps?\b)                               # 25 basis points = 0.25 points
  | (?P<pct>%|per{SP}?cent\b|percent\b|pct?\b)                          # 12% | 12 per cent | 11 pct
)""", re.X)
MONEY_AFTER = Lazy(rf"""(?:
    (?P<minor>p(?![\w'’])|(?:{SP}?|-)(?:(?P<minor_of>euros?|{alternation(CURRENCY_COUNTRIES)}){SP}+)?  # 3.75p, 70 euro
        (?:{alternation(m for m in MINOR_UNITS if m != "p")})\b)                                  # cents, 12-cent
  | {SP}?(?P<symbol>{alternation(SIGNS_AFTER)})(?!{SP}?\d)              # 100₾, 5 € (not "in 2008 £6bn")
  | (?:{SP}+|-)(?:(?P<country>{alternation(CURRENCY_COUNTRIES)}){SP}+)?  # (Australian) dollars, one-yen
        (?P<name>{alternation({**CURRENCY_NAMES, **{n: 0 for m in CURRENCY_COUNTRIES.values() for n in m}})})\b
        (?!['’]\w)                                                      # not "2004 won't"
  | {SP}+(?P<code>(?-i:{alternation(CURRENCY_CODES)}))\b               # 50 million USD (not "48 pen")
)""", re.X | re.I)
NOUN_AFTER = Lazy(
    rf"{SP}+(?:(?:more|new|extra|additional|other|fewer|full-time|part-time"
    rf"|[a-z]+-[a-z]+){SP}+)?([a-z][a-z-]{{2,}})")
APPROX_BEFORE = Lazy(
    rf"(?:^|\W)(about|around|roughly|nearly|almost|approximately|some|an{SP}estimated|estimated"
    rf"|more{SP}than|over|less{SP}than|under|up{SP}to|at{SP}least|close{SP}to|as{SP}much{SP}as"
    rf"|just{SP}over|just{SP}under|upwards{SP}of){SP}+$", re.I)
NOT_COUNTS_BEFORE = Lazy(
    r"(?:No\.?|#|page|chapter|article|section|room|flight|route|highway|platform|number|version|size|top|bottom"
    rf"|grade|level|year|aged|age|(?!(?:About|Around|Some|Nearly|Almost|Roughly|Approximately|Over|More|Fewer"
    rf"|Less|Just|Only|Up)\b)[A-Z][\w-]*|\d){SP}*$")  # "No. 10", "aged 45", "Windows 95", "30 747s", "the top 250 firms" (a ranking)
OUT_OF_BEFORE = Lazy(rf"\bout{SP}+of{SP}*$")  # "nine out of 10 firms": a share of firms, not ten of them
YEAR_LIKE = range(1800, 2101)  # a bare four-digit number in this range is taken for a year


class Amount(NamedTuple):
    """One amount as read: its exact value, its unit so far, and where it ends."""
    value: Decimal
    unit: str | None  # an ISO 4217 code from a sign before it, or None
    end: int
    scaled: bool  # whether a scale word or currency made it an amount rather than a bare number


def word_value(words: str) -> Decimal:
    """A number written in words: 'five' -> 5, 'half a' -> 0.5, 'forty-five' -> 45, 'twelve hundred' -> 1200."""
    key = " ".join(words.lower().split())
    if key in NUMBER_WORDS:
        return Decimal(NUMBER_WORDS[key]) / 10
    total = Decimal(0)
    for word in re.split(r"[-\s]+", key):
        if word == "hundred":
            total *= 100
        elif word != "and":
            total += Decimal(NUMBER_WORDS[word]) / 10
    return total


def decimal_comma(num: str) -> str:
    """A numeral as Decimal reads it: '1,200.5' -> '1200.5'; '1,8923', a decimal comma (a misprint, or a
    European habit), -> '1.8923'."""
    return num.replace(",", ".") if DECIMAL_COMMA.fullmatch(num) else num.replace(",", "")


DECIMAL_COMMA = Lazy(r"\d,\d{4,}")


def read_amount(m: re.Match) -> Amount:
    """A match of AMOUNT as an exact value, with the currency of its sign."""
    if m["num"] is not None:
        value = Decimal(decimal_comma(m["num"]))
        scale = m["scale"]
    else:
        value = word_value(m["words"])
        scale = m["wscale"]
    if scale:
        value *= SCALES[scale.lower()]
    if m["neg"]:
        value = -value
    sign = m["sign"]
    unit = None
    if sign:
        unit = SIGNS.get(" ".join(sign.split())) or (sign if sign in CURRENCY_CODES else None)
    return Amount(value, unit, m.end(), bool(scale) or bool(sign))


FROM_BEFORE = Lazy(rf"\bfrom{SP}+(?:(?:its|the|their){SP}+(?:current|present){SP}+)?(?:about{SP}+|around{SP}+|more{SP}+than{SP}+|less{SP}+than{SP}+|just{SP}+)?$")


def bare_measure(about: str) -> str:
    """A figure's measure without its direction, verb or period: 'sales in 2023 (up)' -> 'sales',
    'jobs (cut)' -> 'jobs', 'previous sales' -> 'sales'."""
    return TIME_PHRASE.sub("", " " + VERB_TAG.sub("", EARLIER_TAG.sub("", about, 1))).strip()


measure_of = Memo(bare_measure).__getitem__  # bare_measure, worked out once a phrase: the rules ask it often


def owner_put(words: list[str], at: int, owner: str) -> str:
    """An about's words with an owner's possessive put before words[at], in place of an article:
    'share of the economy' -> "share of Ruritania's economy"."""
    rest = words[at + 1:] if at < len(words) - 1 and words[at] in ("the", "The") else words[at:]
    own = possessive(owner)
    return " ".join(words[:at] + [own] + f" {' '.join(rest)} ".replace(f" {own} ", " its ").split())
    # "Zorba's deal with its pilots", not "with Zorba's pilots" again


def about_index(about: str, at: int) -> int:
    """The index in about.split() of the word at index `at` of its measure_of (which drops a leading
    'previous' or 'current'): 2 for 'current growth in sales' and 1 ('growth in | sales')."""
    return at + (1 if at and EARLIER_TAG.match(about) else 0)  # (an owner at 0 stands first: "Zorba's previous sales")


VERB_TAG = Lazy(r" \([a-z]+\)$")  # "(up)", "(down)", "(cut)", "(sold)"
EARLIER_TAG = Lazy(r"\b(?:previous|current) ")  # "sales' previous level": the measure is the same


def local_currency(f: Figure, country: str, named_before: dict) -> Figure:
    """A figure in a bare currency name many countries use, in the currency the article named with a
    country before ('2bn Danish kroner ... 20bn kroner' is DKK), else of the country the article is
    most about: '400m pesos' in a story about Argentina is ARS. A named country ('Mexican pesos') was
    read with the figure and stands."""
    name, named = shared_currency(f.text)
    if not name or named:
        return f  # ("Mexican pesos", "Sri Lankan rupees")
    return f._replace(unit=named_before.get(name) or LOCAL_CURRENCIES[name].get(country, f.unit))


def its_owners(text: str, sentences: list, figures: list[Figure], mentions: list) -> list[Figure]:
    """The figures, each whose measure the text writes after 'its' with the firm or country 'its' stands
    for: the first named as a subject in its sentence, else in the sentence before ('Zorba raised its
    dividend by 11%' -> "Zorba's dividend (up)"). A figure stays as it is when none is named, or when a
    description names the owner ('the Ruritanian group could sweeten its offer'), whose name may be far back."""
    starts = [s[0] for s in sentences]
    owners, owner_starts = possible_owners(mentions)
    firm, firms = main_firm(mentions), in_order([m for m in mentions if m.type == "organization"])
    out = []
    for f in figures:
        k = bisect.bisect_right(starts, f.start) - 1
        named = [w for w in f.about.split() if (w[:1].isupper() and plain(w) not in MONTHS) or "'" in w or "’" in w]
        words = f.about.split()  # (a name in its complement leaves 'its' open: "its share of Spain's market")
        if f.derived or not f.about or k < 0 or any("'" in w or "’" in w
                                                         for w in (words if ITS.search(f.about) else lead_of(words))):
            out.append(f)
            continue
        if ITS.search(f.about):  # "a 6% drop in its sales": whose 'its' is, as before the figure
            owner = its_owner(text, sentences[k], f.start, owners, owner_starts)
            if not owner:  # ("It has set aside $4bn, 30% of its budget": the sentence before's subject)
                owner = referent(text, sentences, k, sentences[k][0], f.start, owners, owner_starts)
                described = any(DESCRIBED_SUBJECT.match(text, sentences[j][0]) for j in range(max(0, k - 2), k + 1))
                owner = owner.text if owner else described_as(firm, firms, sentences[max(0, k - 1)][0], f.start) \
                    if described and not lead_of(words)[0][:1].isupper() else ""
                owner = possessive(owner) if owner else "its"  # ("The firm said ... Income from its shops": the
                # article's firm, when a description of it opens this sentence or one of the two before, named last)
            out.append(f._replace(about=ITS.sub(owner, f.about, 1)))
            continue
        if any(w in named for w in lead_of(f.about.split())):  # ("Zorba sales": a name already; whose, its
            out.append(f)  # own rules say; a name in a complement leaves the owner open: "its trade with the EU")
            continue
        here = max(sentences[k][0], f.start - WINDOW)
        head = EARLIER_TAG.sub("", f.about, 1).split()[0]  # ("previous sales": sales)
        its = its_before(text[here:min(f.end + 40, sentences[k][1])], head)  # (to "its $17m profit")
        its = its if its and its.start() < f.start - here else None
        described = its and DESCRIBED.search(text, here, here + its.start())
        if described and len(described[0].split()) == 2 and described[0].split()[-1] in PLAIN_FIRM_NOUNS:
            # "the company plans to lift its payout" (not "the Ruritanian group": maybe another)
            name = described_as(firm, firms, sentences[max(0, k - 1)][0], f.start)
            out.append(f._replace(about=f"{possessive(name)} {f.about}") if name else f)
            continue
        if not its or described:
            out.append(f)
            continue
        owner = referent(text, sentences, k, here, here + its.start(), owners, owner_starts)
        out.append(f._replace(about=f"{possessive(owner.text)} {f.about}") if owner else f)
    return out


ITS = Lazy(r"\bits\b")


def its_owner(text: str, sentence: tuple, at: int, owners: list, owner_starts: list) -> str:
    """What 'its' in a figure's phrase stands for, possessive: the last firm or country its sentence
    names before the figure as a subject ('Zelbank, whose car loans make up 30% of its lending'); the
    country's or the firm's when the sentence opens with 'The country' or 'The firm', for the later
    passes to name; else ''."""
    described = OPENING_DESCRIPTION.match(text, sentence[0], at)
    if described:
        return f"the {plain(described[1])}'s"  # ("The country depends on fishing for 9% of its output")
    lo = max(sentence[0], at - 2 * WINDOW)  # (a subject is near: work stays linear in a long sentence)
    named = [m for m in owners[bisect.bisect_left(owner_starts, lo):bisect.bisect_left(owner_starts, at)]
             if m.type != "name" and m.end <= at and not text.startswith(("'", "’"), m.end)
             and (subject_like(text, m) or opens_with_verb(text, sentence[0], m, at))]
    return possessive(named[-1].text) if named else ""


def opens_with_verb(text: str, lo: int, m, at: int) -> bool:
    """Whether a name opens its sentence and the one word after it is its verb, the figure or a hedge
    next ('Norway grows about 40% of its wheat'; not 'US investors hold 70%')."""
    between = text[m.end:min(at, m.end + 60)].split()
    return m.start - lo < 20 and not text[lo:m.start].strip() and 1 <= len(between) <= 2 and m.end + 60 >= at \
        and (len(between) == 1 or plain(between[1]) in HEDGES or plain(between[1]) in DETERMINERS)


OPENING_DESCRIPTION = Lazy(rf"[Tt]he{SP}+(country|firm|company|group|club|bank){SP}")


def its_before(text: str, head: str):
    """The first 'its' in `text` with `head` as one of the three words after it ('its annual pre-tax
    profits'), as a match, or None."""
    for m in ITS_WORDS.finditer(text):
        for w in filter(None, m.groups()):
            if w == head or (w.startswith(head) and not w[len(head)].isalnum() and w[len(head)] not in "-_"):
                return m
            if not PLAIN_TOKEN.fullmatch(w) and not part_of_figure(w):
                break  # the words between are plain lower-case ones or the figure: "its annual pre-tax profits",
                # "its $17m profit"
    return None


ITS_WORDS = Lazy(rf"\b[Ii]ts{SP}+([^\s\xa0]+)(?:{SP}+([^\s\xa0]+))?(?:{SP}+([^\s\xa0]+))?")
PLAIN_TOKEN = Lazy(r"[a-z\d,.-]+")


def pronoun_owners(text: str, sentences: list, figures: list[Figure], mentions: list) -> list[Figure]:
    """The figures of a sentence whose subject is 'It' or 'The firm' (and no comma, other name, nor
    verb of saying or expecting before the figure), with the firm or country it stands for (referent)
    as the owner of what they measure ('It spent $2bn on farm grants' -> "Norway's spending on
    farm grants"); not a count, a thing done to the subject ('It was bought for $2m'), a sentence
    in quotation marks, nor a phrase that names someone already."""
    starts = [s[0] for s in sentences]
    (owners, owner_starts), firm = possible_owners(mentions), main_firm(mentions)
    firms = in_order([m for m in mentions if m.type == "organization"])
    out = []
    for f in figures:
        k = bisect.bisect_right(starts, f.start) - 1
        clause = text[sentences[k][0]:f.start] if k >= 0 and not f.derived and f.about \
            and (f.unit != "count" or COUNT_DONE.match(f.about) or COUNT_CHANGE.match(f.about)) else ""
        # (a count only as what the subject did, gained or lost)
        fronted = len(FRONTED_TIME.match(clause)[0])
        clause = clause[fronted:fronted + 1].upper() + clause[fronted + 1:] if fronted else clause
        # "In March, it spent £6m on lawyers": it, the subject
        if f.about in ("purchase", "sale") and IT_WAS_SOLD.fullmatch(clause):  # "It was bought for $2m": its sale
            owner = referent(text, sentences, k, sentences[k][0], sentences[k][0], owners, owner_starts)
            out.append(f._replace(about=f"{f.about} of {owner.entity}") if owner is not None else f)
            continue
        subject = PRONOUN_SUBJECT.match(clause)
        said = set(f.about.split())  # (a name the about gives already: "sued the Ruritanian state for $3bn")
        if not subject or "," in clause or any((w[:1].isupper() and w not in said) or plain(w) in SAYING_OR_EXPECTING
                                               for w in clause.split()[1:]) \
                or any((w[:1].isupper() and plain(w) not in MONTHS and plain(w) not in WEEKDAYS) or "'" in w or "’" in w
                       or plain(w) in OWNING_WORDS
                       for w in (lead_of(f.about.split()) if subject[0].startswith("It") and f.unit != "count"
                                 and not f.about.startswith("share ") and not is_verb(f.about.split()[0])
                                 else f.about.split())):
            # ("fines in September": no one's yet; a name after a preposition is no owner: "damages claimed from
            # Russian government"; but a share of a name's is a part of what they have)
            out.append(f)
            continue
        owner = referent(text, sentences, k, sentences[k][0], sentences[k][0], owners, owner_starts)
        name = firm if owner and owner.type == "organization" and firm else owner.text if owner else ""
        if not owner and (subject[0].startswith("The") or the_firm_before(text, sentences[max(0, k - 1)])):
            # "The firm had been understating its debts by $4m"; "The airline needs cuts. It wants $800m"
            name = described_as(firm, firms, sentences[max(0, k - 1)][0], f.start)
        words = f.about.split()
        at = changed_at(words)
        at = at if at and not time_complement(words[1:]) else 0  # "rise in Zorba's sales", "Zorba's loss in the first half"
        noun = subject[0].split()[-1] if subject[0].startswith("The") else ""
        if name and noun in words:  # "The firm is 60% held by its founders": "share of firm" is a share of it
            out.append(f._replace(about=" ".join(name if w == noun else w for w in words)))
            continue
        if f.unit == "count":  # "It is cutting 400 jobs" -> "jobs cut by Zorba" (a firm's deed; not a book's)
            firm = bool(name) and owner is not None and owner.type == "organization"
            changed = firm and COUNT_CHANGE.match(f.about)  # "It saw a net fall of 3,000 members"
            out.append(f._replace(about=f"{possessive(name)} {f.about}" if changed else done_by(f.about, name)) if firm else f)
            continue
        out.append(f._replace(about=owner_put(words, at, name)) if name else f)  # (a firm: the article's)
    return out


FRONTED_TIME = Lazy(rf"(?:(?:In|On|By|During|Last|This|Earlier|Later){SP}+(?:[\w-]+{SP}+){{0,3}}?[\w-]+(?:,{SP}+|{SP}+(?=it\b)))?")
# a time set before a clause: "In September, ", "Last year, ", "On Monday, "
PRONOUN_SUBJECT = Lazy(rf"""(?:It|The{SP}+(?:firm|company|group|carrier|airline|retailer|insurer)){SP}+(?!(?:[a-z]+{SP}+)?(?:is|was|were|are|be|been|being){SP}+(?:[a-z]+ed|made|sold|bought|paid|worth|expected|set|likely|due|thought|said)\b)""", re.X)
# the subject that acts, not one things are done to: "It was bought for $2m", "The firm is worth $3bn"
IT_WAS_SOLD = Lazy(rf"It{SP}+(?:was|has{SP}+been|had{SP}+been|is{SP}+being){SP}+(?:bought|sold|acquired){SP}+for{SP}+")
REPORTING_WORDS = _set("""estimated estimates estimate expects expected expecting predicts predicting forecasts
represents represented includes included""")  # "It expects interest rates to fall to 4%": not its own rates
SAYING_OR_EXPECTING = SPEECH_WORDS | REPORTING_WORDS
OWNING_WORDS = POSSESSIVES | PRONOUNS  # an "about" with one of these names its owner already


def share_prices(text: str, figures: list[Figure], mentions: list) -> list[Figure]:
    """The figures whose "about" is a firm's name alone and whose amount is a small unscaled price: its
    share price, in an article that speaks of shares ('Kesta finished up 40 cents at $6' -> 'Kesta share
    price (up)'; not 'the £400 Apple', a computer's price); a change of a firm named after a description
    where shares were just spoken of is its shares' ('... while its Dutch partner Brindle lost 12%')."""
    firms = {m.text for m in mentions if m.type == "organization"} if SHARES_TALK.search(text) else set()
    out = []
    for f in figures:
        name = DIRECTION_TAG.sub("", f.about)
        price = f.unit not in ("percent", "points", "count") and not SCALED.search(f.text) and f.value < 10000
        shares = SHARES_OF.fullmatch(name) if price or (f.unit == "percent" and name != f.about) else None
        if shares and shares["firm"] in PLACE_NAMES:
            shares = None  # "shares in Amsterdam": where they trade
        described = next((firm for firm in firms if name.endswith(" " + firm) and all(
            w[:1].islower() or w in PLACE_NAMES or w in DEMONYMS for w in name[:-len(firm)].split())), "") \
            if f.unit == "percent" and name != f.about and SHARES_TALK.search(text, max(0, f.start - 120), f.start) else ""
        if name in firms and price:
            f = f._replace(about=f"{name} share price{f.about[len(name):]}")
        elif shares:  # "Zorba's shares closed at 274p", "shares in Zorba rose 5%": their price
            owner = f"{shares['owner']} share price" if shares["owner"] else f"share price of {shares['firm']}"
            f = f._replace(about=owner + f.about[len(name) - len(shares["rest"] or ""):])
        elif described:  # "shares in Zorba fell 9% while its Dutch partner Brindle lost 12%": Brindle's shares
            f = f._replace(about=f"{described} share price{f.about[len(name):]}")
        out.append(f)
    return out


SHARES_TALK = Lazy(r"\b(?:[Ss]hares|[Ss]tock|[Ss]hare price|(?:finished|closed|ended|opened)\s+(?:up|down|higher|lower))\b")
SHARES_OF = Lazy(rf"""(?:(?P<owner>[A-Z][\w&.'’-]*(?:{SP}[A-Z][\w&.'’-]*){{0,3}}){SP}(?:shares?|stock)
  | shares{SP}(?:in|of){SP}(?P<firm>(?:the{SP}[a-z]+|[a-z-]+{SP}){{0,3}}[A-Z][\w&.'’-]*(?:{SP}[A-Z][\w&.'’-]*){{0,3}}
                               |the{SP}[a-z]+))
  (?P<rest>{SP}(?:on|in(?!{SP}an?\b)|at|this|last|during|since)\b.*)?""", re.X)
  # "Zorba shares", "Zorba's shares on Tuesday", "Zorba stock", "shares in engineering group Zorba", "shares in the retailer"


def the_firm_before(text: str, sentence: tuple) -> bool:
    """Whether a sentence speaks of a firm by a description that may be the article's own ('the airline',
    'the Japanese car maker'), which an 'It' after it may stand for; not 'the holding company', another."""
    return any(plain(m[0].split()[1]) not in ANOTHER_FIRM and m[0][:1] in "Tt"
               for m in DESCRIBED.finditer(text, *sentence))


ANOTHER_FIRM = _set("holding parent rival other former new sister partner")  # "the parent company": not the firm itself


def possible_owners(mentions: list) -> tuple[list, list]:
    """The mentions 'its' or 'It' may stand for, with their starts: firms, countries and names the
    article cannot type (which referent then declines); not a city or a region ("Europe's sales")."""
    owners = [m for m in mentions if m.type in ("organization", "name") or (m.type == "place" and m.entity in COUNTRY_NAMES)]
    return owners, [m.start for m in owners]


def referent(text: str, sentences: list, k: int, here: int, at: int, owners: list, owner_starts: list):
    """The mention of the firm or country an 'its' or an 'It' at `at` in sentence k stands for: the
    first named as a subject before it in its sentence (from `here`), else in the sentence before; or None."""
    lo = max(sentences[k - 1][0] if k else here, here - WINDOW)
    found = [m for m in owners[bisect.bisect_left(owner_starts, lo):bisect.bisect_left(owner_starts, at)]
             if m.end <= at and subject_like(text, m) and not OWNS_A_BODY.match(text, m.end)
             and not (m.type == "place" and cut_from_name(text, m))]
    # (not "China" of "Air China picked ... its debut": a place's name inside a longer one the names stage cut)
    near = [m for m in found if m.start >= sentences[k][0]]
    owner = near[0] if near else found[0] if found else None  # the subject, most often
    return owner if owner and owner.type != "name" else None  # (a name the article cannot type: no guess)


NAME_BEFORE = Lazy(rf"\b[A-Z][a-z]+{SP}$")  # a capitalised word just before a name


def cut_from_name(text: str, m) -> bool:
    """Whether a capitalised word that is no function word stands just before a name ('Air | China')."""
    before = NAME_BEFORE.search(text, max(0, m.start - 30), m.start)
    word = plain(before[0].strip()) if before else ""
    return bool(word) and word not in FUNCTION_WORDS and word not in STOPWORDS


OWNS_A_BODY = Lazy(rf"""['’]s?(?:{SP}+[\w-]+){{0,3}}?{SP}+(?:union|firm|company|group|bank|carrier|airline|retailer
  |insurer|maker|carmaker|party|club|agency|watchdog|regulator|body|association)\b""", re.X)
  # "Ruritania's main rail union ... its members": the union is what "its" stands for
PLAIN_FIRM_NOUNS = _set("firm company group")  # "the company", not "its rival", "the German group"
PREPOSITIONS_OF_TIME = PREPOSITIONS | _set("before after since until during")
# An owner described, not named, before "its": "the Ruritanian group could sweeten its offer", "its rival ... its".
DESCRIBED = Lazy(rf"""\b(?:[Tt]he|[Ii]ts|[Tt]his){SP}+(?:[A-Za-z-]+{SP}+){{0,2}}?(?:firm|company|group|bank|business
  |carrier|airline|retailer|insurer|maker|giant|rival|operator|chain|conglomerate|producer|supplier|lender)\b""", re.X)


def subject_like(text: str, m) -> bool:
    """Whether a name may be the subject 'its' refers to: not after a preposition ('Before Christmas,'),
    nor a modifier before a lower-case word ('LSE chief executive', 'US rivals'); a firm's may be a verb
    ending in s ('Zorba owns'), a place's is its people or goods ('US investors', 'China exports')."""
    before = text[max(0, m.start - 12):m.start].split()
    after = text[m.end:m.end + 20].split()
    return not (before and plain(before[-1]) in PREPOSITIONS_OF_TIME) and not (after and after[0][:1].islower()
                                                                      and plain(after[0]) not in AUXILIARY_FORMS
                                                                      and plain(after[0]) not in FRAMES
                                                                      and not is_verb(after[0])
                                                                      and plain(after[0]) not in PAST_TENSES
                                                                      and plain(after[0]) not in ("said", "says")
                                                                      and not (after[0].endswith("s") and m.type != "place")) \
        and not (after and plain(after[0]) in ROLE_NOUNS)


def described_firm(text: str, figures: list[Figure], mentions: list, sentences: list) -> list[Figure]:
    """The figures with 'the firm', 'the club', 'the bank' ... in what they measure named: the name
    that noun describes in apposition in the figure's sentence or the one before ('Zelco, a Norwegian
    oil company'), else the organisation the article is about (main_firm) when the article names it
    in the figure's sentence or the two before, or as the last firm named before it ('value of the
    club' -> 'value of Orlo Rovers')."""
    name = main_firm(mentions)
    starts, near = [s[0] for s in sentences], sorted(m.start for m in mentions if m.entity == name)
    ordered = in_order(mentions)
    firms = in_order([m for m in ordered.mentions if m.type == "organization" and not public_body(m.entity)])
    # (not "the regulator" named between: "the ORB rejected it. The bid values the firm at £90m")
    ends = {m.end: m.entity for m in mentions if m.type in ("organization", "name")}
    out = []
    for f in figures:
        the = (THE_FIRM.search(f.about) or COMPANY_MODIFIER.match(f.about)) if not f.derived else None
        k = bisect.bisect_right(starts, f.start) - 1 if the else -1
        if k < 0:
            out.append(f)
            continue
        lo, last = sentences[max(0, k - 2)][0], bisect.bisect_left(firms.starts, f.start) - 1
        named = name and (named_within(near, lo, f.start) or (last >= 0 and same_firm(firms.mentions[last].entity, name)))
        # (named nearby, or the last firm named before it, however far back)
        apposed = apposed_firm(text, max(sentences[max(0, k - 1)][0], f.start - 2 * WINDOW), f.start, the[1], ends)
        owner = (apposed or (name if named else "")
                 or (the[2] and opening_firm(text, sentences[k], f.start, ordered)))  # ("the firm's", not
        # "valuing the company at $2bn": a possessive is the subject's, an object is another firm)
        if not owner and VALUED.match(f.about):  # "Zorba bid for Kesta, valuing the company at $2bn"
            owner = valued_firm(text, sentences[k], f.start, ordered)
        if not owner and not name and the[1] == "club":
            owner = only_firm_before(firms, lo, sentences[k][0], last)  # (not the paper reporting on the club)
        if owner and the.re.pattern == COMPANY_MODIFIER.pattern:
            f = f._replace(about=f"{possessive(owner)} {f.about[the.end():]}")  # "company funds" -> "Yili's funds"
        elif owner:  # "Zelco, a Danish paint company, ... the company's tax rate": Zelco's
            f = f._replace(about=THE_FIRM.sub(lambda m: possessive(owner) if m[2] else owner, f.about))
        out.append(f)
    return out


def named_unit(text: str, figures: list[Figure], sentences: list) -> list[Figure]:
    """The figures whose about has a bare 'unit', 'division', 'subsidiary' or 'arm' ('Brindle's purchase of
    unit'), with the name the text gives one nearest before, in its sentence or the one before ('the loss
    of its Kesta unit. Brindle then bought that unit for $2bn' -> "Brindle's purchase of Kesta unit")."""
    starts, out = [s[0] for s in sentences], []
    for f in figures:
        bare = BARE_UNIT.search(f.about) if not f.derived else None
        k = bisect.bisect_right(starts, f.start) - 1 if bare else -1
        lo = max(sentences[max(0, k - 1)][0], f.start - 3 * WINDOW) if k >= 0 else 0
        named = [m[1] for m in NAMED_UNIT.finditer(text, lo, f.start)
                 if m[2] == bare[1] and plain(m[1].split()[0]) not in STOPWORDS] if k >= 0 else []  # (not "The unit")
        out.append(f._replace(about=f"{f.about[:bare.start(1)]}{named[-1]} {f.about[bare.start(1):]}") if named else f)
    return out


def only_firm_before(firms: "Ordered", lo: int, sentence_start: int, last: int) -> str:
    """The one firm `firms` names from `lo` to the start of the figure's sentence, the last before it (index
    `last`), else '': with two named there, which; and a firm named in the sentence itself acts on the
    description ("Kesta valued the club"), so it is not it."""
    first, here = bisect.bisect_left(firms.starts, lo), bisect.bisect_left(firms.starts, sentence_start)
    one = first <= last < here \
        and all(same_firm(m.entity, firms.mentions[last].entity) for m in firms.mentions[first:last])
    return firms.mentions[last].entity if one else ""


def bidder_named(text: str, figures: list[Figure], mentions: list, sentences: list) -> list[Figure]:
    """The figures whose about is a bare offer or bid ('offer', 'offer per share') that their sentence
    calls 'the offer' or 'the bid', with the bidder the text names nearest before, in that sentence or the
    two before: 'a proposal from Zorba Capital. Reports put the offer at 300p' -> "Zorba Capital's offer
    per share"; 'Zorba made a bid for Kesta. The bid is worth £8m' -> "Zorba's bid"."""
    starts, out = [s[0] for s in sentences], []
    named = in_order([m for m in mentions if m.type in ("organization", "person", "name")])
    for f in figures:
        bare = BARE_OFFER.match(f.about) if not f.derived else None
        k = bisect.bisect_right(starts, f.start) - 1 if bare else -1
        the = k >= 0 and THE_OFFER.search(text, max(sentences[k][0], f.start - 2 * WINDOW), f.start + WINDOW)
        lo = sentences[max(0, k - 2)][0] if the else 0
        bidders = [m for m in named.within(lo, sentences[k][0])
                   if BID_FROM.search(text, max(lo, m.start - 40), m.start)
                   or BID_MADE.match(text, m.end, min(len(text), m.end + 60))] if the else []
        out.append(f._replace(about=f"{possessive(bidders[-1].entity)} {f.about}") if bidders else f)
    return out


BARE_OFFER = Lazy(r"(?:offer|bid|takeover bid|takeover offer|approach)(?: per share)?$")
THE_OFFER = Lazy(r"\b[Tt]he (?:offer|bid|approach|proposal)\b")
BID_FROM = Lazy(rf"\b(?:offer|bid|approach|proposal)s?{SP}+from{SP}+(?:[\w-]+{SP}+){{0,4}}$")  # "a proposal from US |"
BID_MADE = Lazy(rf"(?:{SP}+(?:has|had|is|was|have))?{SP}+(?:made|launched|tabled|lodged|submitted|making|launching)"
                rf"{SP}+(?:an?|its){SP}+(?:[\w-]+{SP}+){{0,2}}?(?:offer|bid|approach|proposal)\b")  # "| has made a bid"


BARE_UNIT = Lazy(r"\bof (unit|division|subsidiary|arm)\b")
NAMED_UNIT = Lazy(rf"\b([{UPPER}][\w-]*(?:{SP}[{UPPER}][\w-]*)*){SP}+(unit|division|subsidiary|arm)\b")


def opening_firm(text: str, sentence: tuple, at: int, named) -> str:
    """The firm that opens a sentence as its subject, before `at` ('Zorba closed two mills, which led
    the firm's output to drop'), or ''; `named` holds the article's mentions (in_order)."""
    if at - sentence[0] > 2 * WINDOW:
        return ""
    subject, _ = opening_subject(text, sentence[0], named.within(sentence[0], at))
    return subject.entity if subject is not None and subject.type == "organization" else ""


class Ordered(NamedTuple):
    """An article's mentions in text order, with their starts: those in a span are taken at once."""
    mentions: list
    starts: list

    def within(self, lo: int, hi: int) -> list:
        return self.mentions[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]


def in_order(mentions: list) -> Ordered:
    ordered = sorted(mentions, key=lambda m: m.start)
    return Ordered(ordered, [m.start for m in ordered])


def valued_firm(text: str, sentence: tuple, at: int, named: Ordered) -> str:
    """The firm that 'the company' valued at `at` stands for: the last firm its sentence names before it
    that is not the sentence's subject (who values it), or ''."""
    here = named.within(sentence[0], at)
    subject = opening_subject(text, sentence[0], here)[0]
    firms = [m for m in here if m.type == "organization" and (subject is None or m.entity != subject.entity)]
    return firms[-1].entity if firms else ""


VALUED = Lazy(r"(?:expected )?(?:value|valuation) of the ")  # "valuing the company at", "values the club at"


def apposed_firm(text: str, lo: int, hi: int, noun: str, names: dict) -> str:
    """The last firm or name in text[lo:hi] described in apposition by `noun` ('Zelco, a Norwegian oil
    company'), or ''; `names` maps the ends of the article's names to them."""
    found = [names[m.end(1)] for m in APPOSED_FIRM.finditer(text, lo, hi) if m[2] == noun and m.end(1) in names]
    return found[-1] if found else ""


APPOSED_FIRM = Lazy(rf"([A-Z][\w&'’-]*(?:{SP}[A-Z][\w&'’-]*)*),{SP}+an?{SP}+[^,.;]{{0,40}}?\b(firm|club|company"
                          rf"|bank|group|carrier|airline|retailer|insurer|chain|business)\b")


def main_country(mentions: list) -> str:
    """The country an article is about: named at least twice, and twice as often as any other."""
    return leading_name(Counter(m.entity for m in mentions if m.type == "place" and m.entity in COUNTRY_NAMES))


def main_firm(mentions: list) -> str:
    """The organisation an article is about: named at least twice, twice as often as any other, and
    no less often than any name the article cannot type ('Zorba', named ten times, beside the stock
    exchange it left, named twice)."""
    return MAIN_FIRMS[tuple((m.type, m.entity) for m in mentions)]


def named_firm(named: tuple) -> str:
    """main_firm of the mentions' (type, entity) pairs."""
    firms = Counter(e for t, e in named if t == "organization")
    untyped = Counter(e for t, e in named if t == "name")
    for short in sorted(firms.keys() | untyped.keys()):  # "Man Utd" is Manchester United's (abbreviates)
        longer = [f for f in firms if abbreviates(short, f)]
        if len(longer) == 1:
            firms[longer[0]] += firms.pop(short, 0) + untyped.pop(short, 0)
    name = leading_name(firms)
    lead, places = leading_name(untyped), Counter(e for t, e in named if t == "place")
    if lead and untyped[lead] >= 3 and untyped[lead] >= 2 * max([*firms.values(), *places.values()], default=0):
        return lead  # "Wipro", named six times and never typed, twice as often as any firm or place typed
        # (not "Halifax" of an article on the UK's house prices, named as often as the UK)
    return name if not untyped or untyped.most_common(1)[0][1] <= firms[name] else ""


MAIN_FIRMS = Memo(named_firm, 64)  # named_firm, once an article's names: most of its rules ask main_firm of them
# (and it compares every name with every firm)


def public_body(name: str) -> bool:
    """Whether an organisation's name makes it a public or representative body, not a firm: 'Office for
    National Statistics', 'Federal Reserve', 'British Retail Consortium', a central bank ('Bank of Japan',
    'the Bank' alone) or a lender of nations ('World Bank')."""
    return not PUBLIC_HEADS.isdisjoint(name.split()) or name in PUBLIC_BODIES


PUBLIC_BODIES = frozenset("""World Bank|International Monetary Fund|IMF|OECD|WTO|Opec|OPEC|UN|EU|European Union
|Asian Development Bank|African Development Bank|Inter-American Development Bank|European Investment Bank|Paris Club
|Bank|Bank of England|Bank of Japan|Bank of Canada|Bank of Korea|Bank of Thailand|Bank of Italy
|Bank of France|Bank of Spain|Bank of Russia|Bank of Mexico|Bank of Israel|Bank of Ghana|Bundesbank|Banque de France
|Swiss National Bank|Reserve Bank of India|Reserve Bank of Australia|Reserve Bank of New Zealand|People's Bank of China
|Riksbank|Norges Bank|Central Bank|European Central Bank|ECB|Fed|BoE|BoJ|BOJ
|House of Commons|House of Lords|House of Representatives|White House|Downing Street""".replace("\n", "").split("|"))
PUBLIC_HEADS = _set("""Ministry Department Agency Authority Commission Committee Council Parliament Assembly Congress
Senate Party Union Association Federation Institute University College School Academy Foundation Society Organisation
Organization Office Bureau Board Court Tribunal Police Army Navy Church Government Cabinet Administration Reserve
Treasury Secretariat Consortium Chamber Conference Confederation""")


def leading_name(counts: Counter) -> str:
    """The name counted at least twice and twice as often as any other, else ''."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return ""
    return ranked[0][0]


def firm_owned(text: str, figures: list[Figure], mentions: list, sentences: list) -> list[Figure]:
    """The figures with a firm's measure named without its owner (firm_measure) given the firm that
    firm_of finds ('Zorba said pre-tax profits rose 6%' -> "Zorba's pre-tax profits (up)"; 'Kesta has
    posted a 9% fall in sales' -> "fall in Kesta's sales"). After the derived figures,
    whose pairing compares measures as written."""
    units = units_of(text, mentions)
    name = main_firm([m for m in mentions if m.entity not in units])  # (a unit's name is the firm's business)
    starts = [s[0] for s in sentences]
    others = in_order([m for m in mentions if m.type in ("organization", "person")])
    named_as = in_order([m for m in mentions if m.entity == name])
    ordered = in_order(mentions)
    staff = staff_of(text, named_as, others) | units
    firms = {m.entity for m in mentions if m.type == "organization"}
    out = []
    for f in figures:
        k = bisect.bisect_right(starts, f.start) - 1 if not f.derived else -1
        said = text[sentences[k][0]:sentences[k][1]] if k >= 0 else ""
        at = firm_measure(f.about, said, f.unit, segments=True) if k >= 0 else None
        at = None if at is not None and not f.about.startswith(("its ", "their ")) \
            and theirs(text[max(sentences[k][0], f.start - 2 * WINDOW):min(sentences[k][1], f.end + WINDOW)],
                       measure_of(f.about).split()[at:]) else at  # "helped push their 2010 sales up" (in reach)
        counted = at is not None and f.unit == "count" and firm_count(measure_of(f.about).split()[at:], said)
        if counted:
            owner = count_owner(text, f, sentences, k, ordered, others, name, named_as, staff)
        else:
            owner = firm_of(text, f, sentences[k], others, name, named_as, staff) if at is not None else ""
        if at is not None and not owner and not name and not counted:
            owner = referred_firm(text, f.start, sentences, k, ordered)
        if at is not None and not owner and k > 0 and opens_with(text, sentences[k], measure_of(f.about)) \
                and not named_within(ordered.starts, sentences[k][0] + 1, sentences[k][1]):
            owner = reporter_before(text, sentences[k - 1], ordered)
            # "Zorba reported a jump in profits. Net income was $5m." (the first word's capital names no one)
        if owner and (public_body(owner) or owner not in firms) and firm_measure(f.about, said, f.unit) is None:
            owner = ""  # a part of a business is a known firm's (the statistics office's "car sales" are a nation's)
        if owner and f.unit == "count" and done_by(f.about, owner) != f.about:
            f = f._replace(about=done_by(f.about, owner))  # "staff hired by Zorba", "people employed by Zorba"
        elif owner:
            words, at = f.about.split(), about_index(f.about, at)
            f = f._replace(about=owner_put(words, at, owner))
        out.append(f)
    return out


def done_by(about: str, owner: str) -> str:
    """A count's about that says what was done to it (COUNT_DONE) with who did it: 'jobs cut last year' ->
    'jobs cut by Zorba last year', 'jobs (cut)' -> 'jobs cut by Zorba'."""
    m = COUNT_DONE.match(about)
    if not m or set(m[1].split()) & RELATIVES or (m[2] or m[3]) not in FIRM_DEEDS:
        return about  # ("staff who accepted wage cuts": a clause of their own; "passengers affected": the firm's)
    if m[3]:
        return f"{m[1]} {m[3]} by {owner}{about[m.end():]}"
    return f"{about[:m.end()]} by {owner}{about[m.end():]}"


FIRM_DEEDS = _set("""employed hired recruited cut shed axed lost sold bought made built produced added created opened
closed shut seconded""")  # what a firm does to the people, jobs or goods it counts: "jobs cut by Zorba"


def theirs(said: str, measure: list[str]) -> bool:
    """Whether a sentence writes a measure after 'their', 'his' or 'her' ('their 2004 earnings'): a
    person's or a group's, not the article's firm by default."""
    head = next((plain(w) for w in measure if plain(w) in FIRM_MEASURES), "")
    return bool(head) and any(head in map(plain, m[1].split()) for m in PERSONAL_POSSESSION.finditer(said))


PERSONAL_POSSESSION = Lazy(rf"\b(?:[Tt]heir|[Hh]is|[Hh]er)((?:{SP}+[\w-]+){{1,3}})")  # "their 2004 earnings"


def referred_firm(text: str, at: int, sentences: list, k: int, ordered: Ordered) -> str:
    """The firm that 'it', 'its' or 'the company' before `at` in sentence k stands for, in an article
    with no main firm: the firm that opens that sentence or, when no name comes before the word, the
    sentence before, with no other name in between ('Kesta said ... The remarks came as it posted a
    3% fall in sales'; not 'Zorba beat rivals Kesta and Yelco. Its profit fell'); else ''. A sentence
    before that names no one but refers too ('Many of its mills ...') hands the question back, two at most."""
    refers, j = REFERRING.search(text, sentences[k][0], at), k
    while refers and j >= max(k - 3, -1):
        lo = sentences[max(j, 0)][0]
        here = ordered.within(lo, refers.start())
        subject = opening_subject(text, lo, here)[0] if j >= 0 else None
        if subject is not None:
            between = ordered.within(subject.end, refers.start())
            ok = subject.type == "organization" \
                and all(m.entity == subject.entity or m.type == "place" for m in between)
            return subject.entity if ok else ""
        if any(m.type != "place" for m in here):
            return ""  # (a name before the word that is no subject: whose, unclear)
        if j < k:  # ("Zorba has mills in nine countries. Many of its mills ... It employs 900 staff")
            refers = REFERRING.search(text, lo, sentences[j][1]) if j >= 0 else None
        j -= 1
    return ""


def count_owner(text: str, f: Figure, sentences: list, k: int, ordered: Ordered, others: Ordered, name: str,
                named_as: Ordered, staff: frozenset) -> str:
    """Whose people, shops or customers a count is (firm_count): the firm that opens its sentence with
    no other name before the count ('Zorba has 900 staff'), or the firm an 'it', 'its' or 'the company'
    opening the sentence or just before the count stands for ('The company said it had to cancel 77
    flights, affecting 5,000 passengers', 'its 28,000 staff'); else ''."""
    lo = sentences[k][0]
    subject = opening_subject(text, lo, ordered.within(lo, f.start))[0]
    if subject is not None:
        between = ordered.within(subject.end, f.start)
        return subject.entity if subject.type == "organization" \
            and all(m.entity == subject.entity or m.type == "place" for m in between) else ""
    subject_word = REFERRING.match(text, lo)
    if not (subject_word and text[subject_word.end()] not in "'’"  # (not "The firm's unit was sold")
            or OWN_COUNT.search(text, max(lo, f.start - 30), f.start)):
        return ""
    return firm_of(text, f, sentences[k], others, name, named_as, staff) or (
        referred_firm(text, f.start, sentences, k, ordered) if not name else "")


OWN_COUNT = Lazy(r"\b[Ii]ts (?:[\w-]+ )?$")  # "its 28,000 staff", "its entire 5,000 staff"


REFERRING = Lazy(r"\b(?:[Ii]ts?|[Tt]he (?:firm|company|group|bank|carrier|airline|retailer|insurer|chain))\b")


def staff_of(text: str, named_as: Ordered, others: Ordered) -> frozenset:
    """The people the text gives the firm in one phrase ('Zorba's chief executive Ann Lee', 'Ann Lee,
    boss of Zorba'): its own people, whose words between the firm and a figure leave it the firm's."""
    return frozenset(m.entity for firm in named_as.mentions for m in others.within(firm.start - 40, firm.end + 40)
                     if m.type == "person" and (
                         (firm.end <= m.start and text.startswith(("'s ", "’s "), firm.end)
                          and len(text[firm.end:m.start].split()) <= 4)
                         or (m.end <= firm.start and text.startswith(",", m.end)
                             and len(text[m.end:firm.start].split()) <= 4)))


def units_of(text: str, mentions: list) -> frozenset:
    """The firms the text calls a unit, arm or subsidiary of the one it is about ('Orlo Gas, its main
    drilling unit', 'its Orlo Gas unit'): part of that firm, whose name between it and a figure leaves the
    figure the firm's."""
    return frozenset(m.entity for m in mentions if m.type == "organization" and (
        UNIT_APPOSED.match(text, m.end) or (UNIT_AFTER.match(text, m.end) and ITS_BEFORE.search(text, max(0, m.start - 40), m.start))))


UNIT_APPOSED = Lazy(rf",{SP}+its{SP}+(?:[\w-]+{SP}+){{0,3}}(?:unit|subsidiary|arm|division)\b")  # "Kestaneft, its main unit"
UNIT_AFTER = Lazy(rf"{SP}+(?:unit|subsidiary|arm|division)\b")  # "its Kestaneft | unit"
ITS_BEFORE = Lazy(rf"\b[Ii]ts{SP}+(?:[\w-]+{SP}+){{0,2}}$")


def reporter_before(text: str, sentence: tuple, named: Ordered) -> str:
    """The firm that opens a sentence and says or reports something ('Zorba reported a jump in
    profits'), or '' (not 'Zorba fell')."""
    subject, end = opening_subject(text, sentence[0], named.within(*sentence))
    verb = [plain(w) for w in text[end:end + 30].split() if plain(w) not in ("has", "had", "also")][:1]
    return subject.entity if subject is not None and subject.type == "organization" \
        and verb and (verb[0] in SPEECH_WORDS or verb[0] in REPORTED) else ""


REPORTED = _set("reported posted announced made earned recorded booked generated achieved suffered saw unveiled")


def opens_with(text: str, sentence: tuple, measure: str) -> bool:
    """Whether a sentence opens with a measure as its subject: 'Net income was $5m' with 'net income'."""
    first = text[sentence[0]:sentence[0] + 40].split()[:1]
    return bool(first) and bool(measure) and plain(first[0]) == measure.split()[0].lower()


def firm_of(text: str, f: Figure, sentence: tuple, others: Ordered, name: str, named_as: Ordered,
            staff=frozenset()) -> str:
    """Whose a firm's measure is: the firm reporting it in its sentence, with no other firm or person
    after it; else the article's main firm (main_firm; `named_as` its mentions) when it is the last firm
    named before the figure's sentence or in it (one of `staff`, its people, may come between), and no
    other name reports anything after it
    or reports this figure ('rival Shell reported a profit of ...'); else ''. `others`: the firms and
    people named (in_order)."""
    before = bisect.bisect_left(others.starts, f.start)  # others.mentions[:before] are named before it
    opening = max(sentence[0], f.start - 4 * WINDOW)  # (a sentence's start, in reach: work stays linear)
    reporter = REPORTER.search(text, opening, f.start)
    if reporter:
        at = bisect.bisect_left(others.starts, reporter.end(1)) - 1  # the name that ends at the reporter's word
        firm = others.mentions[at] if at >= 0 else None
        if firm and firm.type == "organization" and firm.end == reporter.end(1) and at == before - 1:
            return firm.entity  # (and no other name after it)
        if plain(reporter[1]) not in FUNCTION_WORDS | PRONOUNS and reporter[1] not in name.split():
            return ""
    k = bisect.bisect_left(named_as.starts, f.start) - 1 if name else -1
    last = named_as.mentions[k] if k >= 0 else None
    rival = last and next((r for r in REPORTER.finditer(text, last.end, sentence[0])
                           if plain(r[1]) not in FUNCTION_WORDS | PRONOUNS and r[1] not in name.split()), None)
    # ("... Brindle has posted a 9% fall in sales. Sales were ...": the other firm's, named or not)
    if last and not rival and not any(not same_firm(m.entity, name) and m.entity not in staff
                                      for m in others.within(min(last.start, opening) + 1, f.start)) \
            and text[max(0, last.start - 5):last.start].split()[-1:] != ["than"]:  # ("more upbeat than Zorba, expecting ...")
        return name
    return ""


def subject_owned(text: str, figures: list[Figure], mentions: list, sentences: list) -> list[Figure]:
    """The figures whose measure is named without an owner in a clause whose subject, a firm or a
    country, acts on it: "Zorba's annual loss" for 'Zorba booked an annual loss of £4m', "Ruritania's
    borrowing" for 'Ruritania has agreed to borrow $10bn', "Zorba's quarterly sales (up)" for 'Zorba
    said quarterly sales rose 2%' (said: only a firm's own measure, named straight after), and
    "Zorba's market value" for 'Zorba - whose market value is €3bn'. Not a count (its phrase names
    its owner its own way), nor a measure of something named ('price of gas', 'earnings per share')."""
    starts, named = [s[0] for s in sentences], in_order(mentions)
    firm, firms = main_firm(mentions), in_order([m for m in named.mentions if m.type == "organization"])
    out = []
    for f in figures:
        k = bisect.bisect_right(starts, f.start) - 1 if not f.derived and ownerless(f.about, f.unit) else -1
        it = k >= 0 and text.startswith("It ", sentences[k][0])
        described = described_as(firm, firms, sentences[max(0, k - 1)][0], f.start) if k >= 0 and not it else ""
        if k >= 0 and not described and DESCRIBED_SUBJECT.match(text, sentences[k][0], f.start):
            described = referred_firm(text, f.start, sentences, k, named)  # "Zorba rose. It has paid $5m"
            # ('It' only so: a film or a country is 'it' as well, however much the article is about a firm)
        owner = acting_subject(text, f, sentences[k], named, described) if k >= 0 else ""
        if owner and owner not in f.about:  # (not "Zorba's sale of Zorba")
            words = f.about.split()
            at = changed_at(words)
            words = words[1:] if words[0] == "whose" else words
            f = f._replace(about=owner_put(words, at, owner))
        out.append(f)
    return out


def aside_owned(text: str, figures: list[Figure], mentions: list, sentences: list) -> list[Figure]:
    """The figures whose ownerless measure sits in a clause set after the firm or country its sentence
    opens with, no other name between: a relative clause ('Zorba, which was struggling with debts of
    £40m' -> "Zorba's debts") or a participle ('Zorba took a €1.5bn charge, including a €650m
    write-down' -> "Zorba's write-down")."""
    starts, named, out = [s[0] for s in sentences], in_order(mentions), []
    for f in figures:
        share = f.about.startswith("share of ") and not f.derived  # ("Zorba - which has 15% of the market")
        k = bisect.bisect_right(starts, f.start) - 1 if not f.derived and (ownerless(f.about, f.unit) or share) else -1
        if k >= 0 and f.start - sentences[k][0] <= 2 * WINDOW:
            lo = sentences[k][0]
            subject, end = opening_subject(text, lo, named.within(lo, f.start))
            which = max(text.rfind(mark, lo, f.start) for mark in WHICH_MARKS)  # "a boost for Zorba, which was"
            antecedent = next((m for m in named.within(lo, which) if m.end == which
                               and (m.type == "organization" or m.entity in COUNTRY_NAMES)), None) if which > 0 else None
            if antecedent is not None:
                subject, end = antecedent, which
            if subject is not None and (HELD_ASIDE if share else ASIDE_LINK).match(text, end, f.start) \
                    and not any(plain(w) in SPEECH_WORDS for w in text[end:f.start].split()) \
                    and all(m.entity == subject.entity or governed(text, m, end) for m in named.within(end, f.start)) \
                    and plain(f.about.split()[-1]) not in SHARED_LIMITS:  # ("Ruritania, which broke the 3% deficit ceiling")
                f = f._replace(about=owner_put(f.about.split(), 0, subject.entity))
        out.append(f)
    return out


def governed(text: str, m, lo: int) -> bool:
    """Whether a name after `lo` is the object of a preposition ('turned to the IMF', 'more upbeat than
    Kesta'), not a subject of its own."""
    before = [plain(w) for w in text[max(lo, m.start - 24):m.start].split()]
    before = before[:-1] if before[-1:] == ["the"] else before
    return bool(before) and (before[-1] in PREPOSITIONS or before[-1] == "than")


SHARED_LIMITS = _set("ceiling ceilings limit limits")  # a rule's limit, which those who break it do not own


def holder_owned(text: str, figures: list[Figure], mentions: list, sentences: list) -> list[Figure]:
    """The stakes still named without an owner in a sentence that opens with a person or firm who
    holds, owns or takes them, no other person or firm named between: 'Ann Lee and her sons own a
    stake of 14%' and 'Ann Lee is the largest investor, holding a 19% stake' -> "Ann Lee's stake"."""
    starts, named, out = [s[0] for s in sentences], in_order(mentions), []
    for f in figures:
        k = bisect.bisect_right(starts, f.start) - 1 if not f.derived and ownerless(f.about, f.unit) else -1
        head = plain(f.about.split()[0]) if k >= 0 and f.start - sentences[k][0] <= 2 * WINDOW else ""
        here = named.within(sentences[k][0], f.start) if head in HELD else []
        first = here[0] if here and here[0].type in ("person", "organization") \
            and all(plain(w) in HONORIFICS for w in text[sentences[k][0]:here[0].start].split()) else None  # ("Mr Lee")
        words = [plain(w) for w in text[first.end:f.start].split()] if first else []
        if first and set(words) & (HOLDING_VERBS | TAKING_STAKES | _set("holding owning controlling")) \
                and all(m.entity == first.entity or m.type == "place" for m in here):
            f = f._replace(about=owner_put(f.about.split(), 0, first.entity))
        out.append(f)
    return out


def bracketed_stakes(text: str, figures: list[Figure], mentions: list, sentences: list) -> list[Figure]:
    """The percentages in brackets after a name in a sentence about shareholders or stakes: that name's
    stake, whatever the clause's words made of it ('Its main shareholders are the state (15%) and Zorba
    (30%)' -> "Zorba's stake", in the firm after 'shareholders of' when one is: "Zorba's stake in Kesta")."""
    starts, ends, out = [s[0] for s in sentences], {}, []
    for m in mentions:
        if m.type in ("organization", "person", "place"):
            ends[m.end] = m
    for f in figures:
        k = bisect.bisect_right(starts, f.start) - 1 if not f.derived and f.unit == "percent" \
            and not STAKE_TALK.search(f.about) else -1  # ("Kesta holds 30% of Orlo Gas (29.8%)": a stake read already)
        opened = f.start - 1 if k >= 0 and text[f.start - 1:f.start] == "(" else -1
        found = ends.get(opened - 1) or ends.get(opened) if opened > 0 else None
        name = found.entity if found is not None else f.about if opened > 0 and f.about \
            and text[:opened].rstrip().endswith(f.about) else ""  # ("the Dutch government (9%)")
        held = STAKE_TALK.search(text, sentences[k][0], sentences[k][1]) if name else None
        if held:
            of = f" in {held[1]}" if held[1] and held[1] != name else ""
            f = f._replace(about=f"{possessive(name)} stake{of}")
        out.append(f)
    return out


def share_doers(text: str, figures: list[Figure], mentions: list, sentences: list) -> list[Figure]:
    """The shares bought, sold or cut ('share of Kesta bought') given the name its sentence gives last
    before the deed, when it does the deed itself within a few words: 'Zorba agreed last week to buy 40% of
    Kesta', 'Zorba announced plans to buy', "Zorba's decision to buy" -> 'share of Kesta bought by Zorba';
    not 'Zorba said it would buy' (a speaker), nor 'Zorba had been offered 15%' (done to it)."""
    starts, named, out = [s[0] for s in sentences], in_order(mentions), []
    for f in figures:
        done = SHARE_DONE.match(f.about) if not f.derived and f.unit == "percent" else None
        k = bisect.bisect_right(starts, f.start) - 1 if done else -1
        doers = [m for m in named.within(max(sentences[k][0], f.start - WINDOW), f.start) if m.type != "place"] if k >= 0 else []
        words = [plain(w) for w in text[doers[-1].end:f.start].split()] if doers else []
        passive = any(w in COPULAS and participle(v) == v for w, v in zip(words, words[1:]))
        if 0 < len(words) <= 8 and not passive and any(participle(w) == done[2] for w in words) \
                and not set(words) & SPEECH_WORDS:
            f = f._replace(about=f"{f.about[:done.end(2)]} by {doers[-1].entity}{f.about[done.end(2):]}")
        out.append(f)
    return out


SHARE_DONE = Lazy(r"^((?:expected |planned )?share of .+? )(bought|sold|acquired|taken|floated|transferred|offered)\b")


STAKE_TALK = Lazy(r"\bshareholders?(?:\s+(?:of|in)\s+([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*))?|\bstakes?\b|\bowns\b|\bholds\b")


WE_QUOTED = Lazy(r"[\"“][^\"“”]*\b(?:[Ww]e|[Oo]ur|us)\b")  # a quotation in the first person plural


def opener_owned(text: str, figures: list[Figure], mentions: list, sentences: list) -> list[Figure]:
    """The figures whose firm's measure (firm_measure) is still named without an owner, given the firm
    that opens their sentence as its subject (opening_subject) or its possessor, when nothing named
    between is another firm, a person or a country: 'Zorba saw bus sales fall 3%, while total revenues
    slipped 1%' -> "Zorba's total revenues"; "Zorba's exports grew and turnover was £2m" likewise."""
    starts, named, out = [s[0] for s in sentences], in_order(mentions), []
    for f in figures:
        k = bisect.bisect_right(starts, f.start) - 1 if not f.derived and ownerless(f.about, f.unit) else -1
        lo = sentences[k][0] if k >= 0 else 0
        near = k >= 0 and f.start - lo <= 2 * WINDOW  # (an opening subject is near: work stays linear)
        at = firm_measure(f.about, text[lo:sentences[k][1]], f.unit) if near else None
        here = named.within(lo, f.start) if at is not None else []
        subject, end = opening_subject(text, lo, here) if here else (None, 0)
        verb = [plain(w) for w in text[end:end + 40].split()[:2]] if subject is not None else []
        if verb and (not acts(verb) or verb[0] in SPEECH_WORDS or verb[0] in FORECASTING):
            subject = None  # (not "Zorba said the market made $3bn", "A Zorba report on ...")
        if subject is None and here and not text[lo:here[0].start].strip() \
                and text.startswith(("'s ", "’s "), here[0].end) and plain(text[here[0].end + 3:].split()[0]) in FIRM_MEASURES:
            subject = here[0]  # "Zorba's sales grew, and total revenue ..." (not "Zorba's strong showing helped ...")
        if subject is not None and subject.type == "organization" \
                and all(m.entity == subject.entity or (m.type == "place" and m.entity not in COUNTRY_NAMES)
                        for m in here if m.start >= subject.start):
            f = f._replace(about=owner_put(f.about.split(), about_index(f.about, at), subject.entity))
        out.append(f)
    return out


def subject_owned_by_default(text: str, figures: list[Figure], mentions: list, sentences: list) -> list[Figure]:
    """The figures whose firm's measure (firm_measure) is still named without an owner, given the firm
    the article is about (main_firm) when its headline or first two sentences name it and neither the
    figure's sentence nor the one before names another firm or a country (nor the one before that opens
    with one), nor quotes someone not the firm's own speaking of 'we' or 'our': 'Operating profit rose
    5%' well into a story on Zorba is Zorba's, whatever analyst was quoted in between."""
    name = main_firm(mentions)
    lead_end = sentences[min(1, len(sentences) - 1)][1] if sentences else 0
    if not name or not any(m.start < lead_end and same_firm(m.entity, name) for m in mentions):
        return figures
    starts, out = [s[0] for s in sentences], []
    firm = not public_body(name)  # (a business's part is a firm's; a statistics office's "car sales" are a nation's)
    openers = {s + len(text[s:s + 3]) - len(text[s:s + 3].lstrip("\"“‘' ")) for s in starts}
    rivals = sorted(m.start for m in mentions if not same_firm(m.entity, name) and (
        m.type == "organization" or m.entity in COUNTRY_NAMES
        or (m.type == "name" and (" " in m.text or m.start not in openers))))  # (not "Traders were unimpressed")
    people = in_order([m for m in mentions if m.type == "person"])
    staff = staff_of(text, in_order([m for m in mentions if m.entity == name]), people)
    for f in figures:
        k = bisect.bisect_right(starts, f.start) - 1 if not f.derived and ownerless(f.about, f.unit) else -1
        at = firm_measure(f.about, text[sentences[k][0]:sentences[k][1]], f.unit, firm) if k >= 0 else None
        lo = sentences[max(0, k - 1)][0] if at is not None else 0
        first = bisect.bisect_left(rivals, sentences[k - 2][0]) if k > 1 else len(rivals)
        topic = first < len(rivals) and rivals[first] < sentences[k - 2][1] \
            and not text[sentences[k - 2][0]:rivals[first]].strip()
        # ("Kesta is a rival. The outlook is calm. Revenues were £3bn": a sentence about another firm before)
        if at is not None and not topic and not named_within(rivals, lo, sentences[k][1]) \
                and not (WE_QUOTED.search(text, lo, f.start) and any(  # ('"Our sales grew," said a rival's boss')
                    m.type == "person" and m.entity not in staff for m in people.within(lo, f.start))):
            f = f._replace(about=owner_put(f.about.split(), about_index(f.about, at), name))
        out.append(f)
    return out


WHICH_MARKS = (", which ", " - which ", " – which ", " — which ")  # an aside after a name
HELD_ASIDE = Lazy(r"""(?:,|\s[-–—])\s+which\s+(?:has|had|holds|held|have)\s+(?:an?\s+)?(?:[a-z]+\s+)?$""")
ASIDE_LINK = Lazy(r"""(?:,|\s[-–—])\s+which\s+(?:has|had|is|was|have)\b[^;:"“”]*$
    |[^,;:"“”]*(?:,|\s[-–—])\s+(?:already\s+)?(?:including|launching|leaving|bringing|taking|agreeing|paying|offering
      |pledging|promising|investing|spending|raising|posting|reporting|owing|projecting|forecasting|predicting
      |accepting|seeking|targeting|borrowing|securing|receiving|making|earning|losing|cutting)\b[^,;:"“”]*$""", re.X)
# ("Zorba, which was struggling with debts of", "Zorba took a charge, including a", "Ruritania has a heavy tax
# load - already owing $3bn to lenders")


def described_as(firm: str, firms: Ordered, since: int, at: int) -> str:
    """What "the firm" at `at` stands for: the article's main firm when it is the last of `firms` named
    before, and the first named from `since` (the sentence before) if any is."""
    last, first = bisect.bisect_left(firms.starts, at) - 1, bisect.bisect_left(firms.starts, since)
    return firm if firm and last >= 0 and same_firm(firms.mentions[last].entity, firm) \
        and (first > last or same_firm(firms.mentions[first].entity, firm)) else ""


def ownerless(about: str, unit: str) -> bool:
    """Whether an "about" names a measure and no one's: not 'rise in Zorba's sales', 'price of gas',
    'money raised (Zorba)', 'its sales', 'share of sales' nor a count; 'whose sales' is ownerless."""
    return OWNERLESS[about, unit]


def about_ownerless(key: tuple[str, str]) -> bool:
    """ownerless of an (about, unit) pair."""
    about, unit = key
    words = measure_of(about).split()
    words = words[1:] if words[:1] == ["whose"] else words
    words = words[1:] if len(words) > 1 and plain(words[0]) in PERIODIC else words  # "annual increase in sales"
    words = words[changed_at(words):]  # ("fall in profits": the profits')
    deal = (words[1:2] in (["of"], ["with"]) and plain(words[0]) in DEALS) \
        or (words[1:2] == ["of"] and plain(words[0]) == "cost" and not any(w[:1].isupper() for w in words[2:])) \
        or (words[1:2] == ["to"] and plain(words[0]) in GIVEN_TO)
    # "purchase of Zelco", "deal with Zelco", "payment to Zelco": the subject's purchase, deal or payment
    deed = words[1:2] == ["of"] and len(words) > 2 and plain(words[2]) in FIRM_MEASURES \
        and plain(words[0]).endswith(("ment", "tion", "sion"))  # "restatement of earnings": the firm's own
    own = words[:1] if deal or deed else words
    return bool(words) and unit != "count" and (is_noun(words[0]) or plain(words[0]) in NOUN_VERBS or (plain(words[0]) in FIRM_MODIFIERS
                                                                      and set(map(plain, words)) & FIRM_MEASURES)) \
        and plain(words[0]) not in NUMBER_WORDS \
        and not any(w[:1].isupper() or "'" in w or "’" in w for w in own) \
        and not any(c in VERB_TAG.sub("", about) for c in "()") and not (set(own) & OWNED_OR_RELATIVE) \
        and plain(words[0]) not in OWNING_WORDS | _set("share")


OWNERLESS = Memo(about_ownerless)  # about_ownerless, worked out once a figure's measure: six passes ask it of each figure

GIVEN_TO = _set("payment payments loan loans gift donation contribution grant repayment debt debts arrears")  # to someone, by the subject
OWNED_OR_RELATIVE = _set("of per by from")  # 'price of gas', 'earnings per share', 'jobs cut by'


def acting_subject(text: str, f: Figure, sentence: tuple, named: Ordered, described: str) -> str:
    """The name of the firm or country that is the subject of the clause holding figure f and acts
    on what it measures (subject_owned), or ''; a subject such as 'the firm' stands for `described`."""
    if f.start - sentence[0] > 2 * WINDOW:
        return ""  # (a subject opens its sentence, a few words before the figure: work stays linear)
    here = named.within(sentence[0], f.start)
    if f.about.startswith("whose "):
        at = text.rfind("whose", sentence[0], f.start)
        return next((m.text for m in here if m.end <= at and not text[m.end:at].strip(" ,-–—")), "")
    subject, end = opening_subject(text, sentence[0], here)
    reported = REPORTED_CLAUSE.match(text, sentence[0], f.start) if subject is None else None
    if reported:  # "Reports in Orlo say Zorba has put down a deposit of $50m": the reported clause's subject
        here = named.within(reported.end(), f.start)
        subject, end = opening_subject(text, reported.end(), here)
    fronted = sentence[0] + len(FRONTED.match(text, sentence[0], f.start)[0])
    the_firm = described and subject is None and DESCRIBED_SUBJECT.match(text, fronted, f.start)
    if the_firm and not any(fronted <= m.start < f.start and not (m.end <= the_firm.end() and describes(text, m)) for m in here):
        subject, end = Mention(the_firm.start(), the_firm.end(), described, "organization", described), the_firm.end()
    state = GOVERNMENT_SUBJECT.match(text, fronted, f.start) if subject is None else None
    if state and state[1] in DEMONYMS:  # "The Dutch government is to give its fishing fleet 30m euros in grants"
        name = f"{state[1]} {state[2]}"
        subject, end = Mention(state.start(), state.end(), name, "organization", name), state.end()
    if subject is None:
        return ""
    written = text[end:f.start].split()
    words = [plain(w) for w in written]
    if not 1 <= len(words) <= 14 or any(m.start >= end and m.entity != subject.entity and m.text not in f.about for m in here) \
            or not acts(words) or CLAUSE_BREAK.search(text, end, f.start) \
            or any(clause_word(written, i) for i in range(1, len(words))):
        return ""
    verb = next((w for w in words if w not in AUXILIARY_FORMS and w not in SUBJECT_ADVERBS), "")
    head = measure_of(f.about).split()[-1]
    own = subject.type == "organization" and firm_measure(f.about, text[sentence[0]:sentence[1]]) is not None
    if verb in SPEECH_WORDS - REPORTS:  # "Zorba said quarterly sales rose 2%", not "Zorba said the market made $3bn"
        said = words[words.index(verb) + 1:]
        it = next((i for i, w in enumerate(said[:5]) if w == "it"), None)  # "Zorba said on Monday it would pay"
        deed = next((w for w in said[it + 1:] if w not in AUXILIARY_FORMS and w not in SUBJECT_ADVERBS), "") \
            if it is not None else ""  # (not "it is worth debating", "it expected the market to make")
        linked = it is not None and it + 1 < len(said) and said[it + 1] in COPULAS and not deed.endswith("ing") \
            and deed not in ("to", "set", "due", "about")  # "it is worth debating", not "it is to pay", "it was paying"
        if (not deed or linked or deed in FORECASTING or deed in DETERMINERS or deed in PREPOSITIONS) \
                and (not own or head not in said[:5]):
            return ""
    own = own or (subject.type == "organization" and bool(set(measure_of(f.about).lower().split()) & FIRM_MEASURES))
    # ("Zorba is projecting sales growth of 3%": a forecast of its own)
    if head in OFFERS and not set(words) & MAKING and verb not in ("bid", "bids", "offered", "offers"):
        return ""  # made to it by another: 'Zorba rejected a bid worth $2bn'; but 'Zorba made a bid of $2bn'
    own = own or (head in OFFERS and bool(set(words) & MAKING))  # "Zorba is expected to launch a £1bn bid"
    return subject.text if own or verb not in FORECASTING else ""  # (the ECB's forecast of growth is not its growth)


GOVERNMENT_SUBJECT = Lazy(rf"[Tt]he{SP}+([A-Z][a-z]+){SP}+(government|authorities|treasury)\b")  # a people's state


def opening_subject(text: str, lo: int, here: list) -> tuple:
    """The firm or country a sentence opens with as its subject, and where what it does begins: after
    a phrase set off by a comma ('In 2004, Zorba'), a description ('US toy maker Zorba', 'Oslo-based
    Zorba'), its short name ('the Zorba Agency (ZA)') and an aside (', which makes toys,', ' - in
    which Kvisto owns a stake -'); or (None, 0)."""
    at = next((i for i, m in enumerate(here) if m.type == "organization"
               or (m.type == "place" and m.entity in COUNTRY_NAMES and not describes(text, m))), None)
    if at is None or text.startswith(("'s", "’s"), here[at].end):
        return None, 0  # (not "Zorba's shares": the subject is another noun)
    subject, lead = here[at], text[lo:here[at].start]
    fronted = lead[:lead.rfind(",")] if "," in lead else ""
    opener = plain(fronted.split()[0]) if fronted.split() else ""
    if opener not in PREPOSITIONS and opener not in ING_PREPOSITIONS \
            and any(is_verb(w) or plain(w) in AUXILIARY_FORMS for w in fronted.split()):
        return None, 0  # (a clause before the comma: "Stores gained, the Retail Consortium said")
    lead = lead[lead.rfind(",") + 1:] if "," in lead and not LEAD_BEFORE_NAME.search(lead) else lead
    if any(not describes(text, m) for m in here[:at] if m.start >= subject.start - len(lead)) \
            or not all(descriptive(w) for w in lead.split()):
        return None, 0  # (a description is names and nouns: "Debt-laden paint maker Zorba")
    end = subject.end
    for m in here[at + 1:]:
        if m.entity == subject.entity and not text[end:m.start].strip(" ("):
            end = m.end  # "the Kesta Group (KG) said"
    aside = SUBJECT_ASIDE.match(text, end)
    return subject, aside.end() if aside else end


REPORTED_CLAUSE = Lazy(rf"[^,;:\"“”]{{0,60}}?\b(?:say|says|said|report|reports|reported|believe|believes|think|thinks)"
                       rf"{SP}+(?:that{SP}+)?(?=[A-Z])")  # "Analysts said | Zorba", "Radio Orlo had reported that | Zorba"
FRONTED = Lazy(rf"(?:[^,.;:\"“”]{{1,80}},{SP}+(?=[Tt]he{SP}))?")  # "Announcing its figures for 2024, | the bank made"
DESCRIBED_SUBJECT = Lazy(rf"""(?:It{SP}+(?!['’])|[Tt]he{SP}+(?:[A-Z][\w-]*{SP}+|[a-z]+-[a-z]+{SP}+)?(?:firm|company|group|carrier|airline
  |retailer|insurer|chain|carmaker|supermarket|brewer|drugmaker|giant|conglomerate){SP}+(?!['’]))""", re.X)
  # "the firm", "The US giant", "the Paris-based group"  # (not "the bank": a central bank, often, beside the firm)


def describes(text: str, m) -> bool:
    """Whether a place's name describes what follows it ('US toy maker', 'Paris-based'), not acts."""
    if text.startswith("-", m.end):
        return True  # "US-German carmaker"
    after = [plain(w) for w in text[m.end:m.end + 40].split()[:2]]
    verb = after[:1] and (after[0] in AUXILIARY_FORMS or after[0] in PAST_TENSES or after[0] in SPEECH_WORDS
                          or after[0].endswith("ed") or (len(after) > 1 and acts(after) and after[0].endswith("s")))
    return text.startswith("-based", m.end) or (len(after) > 1 and text[m.end:].split()[0][:1].islower() and not verb)


def descriptive(word: str) -> bool:
    """Whether a word before a name may describe it: 'The', 'US', 'scandal-hit', 'supplier'; not a
    verb, a preposition, a pronoun or a word that opens a clause ('said', 'at', 'He', 'According')."""
    w = plain(word)
    return w in ("the", "a", "an") or (w not in PREPOSITIONS and w not in PRONOUNS and w not in SPEECH_WORDS
                                       and w not in LEAD_WORDS and w not in AUXILIARY_FORMS and w not in ING_PREPOSITIONS
                                       and (word[:1].isupper() or not is_verb(word)))


SUBJECT_ASIDE = Lazy(rf"""(?:,{SP}+(?:which|who|the|a|an|its|[A-Z][\w-]*['’]s){SP}[^,;:"“”()]{{1,80}}?,   # ", which makes toys,"
  |{SP}+[-–—]{SP}+[^-–—;:"“”]{{1,80}}?{SP}+[-–—]   # " - in which Kvisto owns a stake -"
  |{SP}+of{SP}+(?:the{SP}+)?[A-Z][\w.]*(?:{SP}+[A-Z][\w.]*)?)(?={SP}+[a-z])""", re.X)  # " of the US", " of South Korea"


def clause_word(words: list[str], i: int) -> bool:
    """Whether words[i] opens a new clause after a subject's verb: 'that', 'while', ', and', 'as' (not
    'as much as'), a verb of thinking ('many believe'); 'said that' goes on with the sayer's words."""
    w, before = plain(words[i]), plain(words[i - 1])
    if w == "that":
        return before not in SPEECH_WORDS
    if w == "as":
        return i + 1 < len(words) and plain(words[i + 1]) not in AS_QUANTIFIERS and before not in AS_QUANTIFIERS
    return w in CLAUSE_WORDS or w in THINKING or (w == "and" and words[i - 1].endswith(","))


def acts(words: list[str]) -> bool:
    """Whether the words after a name begin with its verb, active: 'posted', 'has agreed', 'plans to',
    'is to'; not a noun ('shares jumped', 'bosses said') nor a passive ('was sold for')."""
    adverb = words[0] in SUBJECT_ADVERBS and len(words) > 2
    w, after = words[adverb], (words[adverb + 1:] or [""])[0]  # ("Zorba currently has", "Zorba also beat")
    if w in COPULAS:  # not a passive ("was sold for"), but "is set to", "is expected to"
        return not (after.endswith("ed") or after in IRREGULAR_PARTICIPLES.values()) or after in EXPECTED | OBLIGED
    if w in AUXILIARY_FORMS or w in PAST_TENSES or w in SPEECH_WORDS or is_verb(w) or (adverb and w.isalpha()):
        return True
    return w.endswith("s") and not w.endswith("ss") and w.isalpha() and w not in ROLE_NOUNS \
        and (after in DETERMINERS or after in PREPOSITIONS or after[:1].isdigit() or after[:1] in "$£€¥")
    # ("Zorba faces a bill", "Zorba owns 12%", "Zorba plans to"; not "Fed funds rate", "EU rules, member")


OBLIGED = _set("forced obliged required allowed ordered told asked able")  # "was forced to restate": its own deed
OFFERS = _set("offer offers bid bids approach proposal takeover buyout")  # made by another, for the subject
REPORTS = _set("posted announced reported revealed confirmed")  # what a firm says of its own figures
FORECASTING = REPORTING_WORDS | _set("""forecast forecasting predicted predict predicts predicting projected projects
projecting estimating asked asks""")
THINKING = _set("believe believes think thinks expect expect fear fears hope hopes say")
FEELING = _set("felt feel feels found find finds considered consider considers thought saw")  # "18% felt themselves"
REFLEXIVES = _set("themselves itself himself herself ourselves")
AS_QUANTIFIERS = _set("much many high low little well far long")  # "as much as 30%" is no new clause
SUBJECT_ADVERBS = _set("also now currently already still recently then again yet that")
CLAUSE_WORDS = _set("""but which who whom whose while whereas although though because after before when if
unless according since where""")  # a new clause, with its own subject
CLAUSE_BREAK = Lazy(r"[;:\"“”]")
LEAD_BEFORE_NAME = Lazy(r"\b(?:[Ii]f|[Ww]hen|[Ww]hile|[Aa]s|[Aa]fter|[Bb]ecause|[Aa]lthough|[Tt]hough|[Uu]nless)\b")


def deal_parties(text: str, figures: list[Figure], mentions: list, sentences: list) -> list[Figure]:
    """The figures whose about is a bid, offer, takeover or buyout that names one party, with the other
    when their sentence names one other firm before the figure: 'An investor in Kesta sued to block a $2bn
    buyout by Zorba' -> "Zorba's buyout of Kesta"; 'Zorba is in talks as the takeover bid for Kesta
    is lifted to £3bn' -> "Zorba's takeover bid for Kesta"."""
    starts, firms, out = [s[0] for s in sentences], in_order([m for m in mentions if m.type == "organization"]), []
    for f in figures:
        deal = DEAL_PARTY.fullmatch(f.about) if not f.derived else None
        k = bisect.bisect_right(starts, f.start) - 1 if deal else -1
        named = firms.within(sentences[k][0], f.start) if k >= 0 else []
        party = [m for m in firms.within(*sentences[k]) if deal["party"].endswith(m.text)] if k >= 0 else []
        others = {m.entity for m in named if not party or not same_firm(m.entity, party[-1].entity)}
        if not party or len(others) != 1:
            out.append(f)
            continue
        other, status = others.pop(), deal["status"] or ""
        of = "for" if deal["deal"].endswith(("bid", "offer")) else "of"  # ("bid for", "takeover of")
        about = f"{possessive(party[-1].text)} {status}{deal['deal']} {of} {other}" if deal["link"] == "by" \
            else f"{possessive(other)} {status}{deal['deal']} {deal['link']} {deal['party']}"
        out.append(f._replace(about=about + (deal["tag"] or "")))
    return out


DEAL_PARTY = Lazy(r"""(?P<status>(?:expected|possible|planned|sought|offered)\ )?
  (?P<deal>(?:takeover\ |buyout\ |cash\ )?(?:bid|offer|buyout|takeover))
  \ (?P<link>by|for)\ (?P<party>(?:the\ )?(?:[a-z-]+\ ){0,3}[A-Z][\w&'’.-]*(?:\ [A-Z][\w&'’.-]*){0,3})
  (?P<tag>\ \((?:up|down)\))?""", re.X)  # "buyout by paint maker Zorba", "takeover bid for the club"


def same_firm(a: str, b: str) -> bool:
    """Whether one name is the other with words after it ('Zorba Power', 'Zorba'): one firm, named
    in full once and short after."""
    short, long = sorted((a.split(), b.split()), key=len)
    return long[:len(short)] == short


def nation_owned(text: str, figures: list[Figure], mentions: list, sentences: list) -> list[Figure]:
    """The figures with a nation's measure named without its country ('economic growth in 2004',
    'rise in imports') given the country the article is about (main_country, else lead_country) and
    not about one firm (unless only a nation has the measure: NATION_ONLY) nor the euro area, when
    their sentence names no place nor people of another and prices nothing in another country's own
    currency ('Economic growth was 2.1%' -> "South Korea's economic growth")."""
    country = main_country(mentions) or lead_country(text, mentions, sentences)
    firm = main_firm([m for m in mentions if not public_body(m.entity)])  # (a statistics office reports a nation's)
    if not country:
        return figures
    firm_led = firm and sum(m.entity == firm for m in mentions) > sum(m.entity == country for m in mentions)
    if CURRENCY_AREA.search(text, 0, sentences[min(1, len(sentences) - 1)][1] if sentences else 0):
        return figures  # (in an article about the euro area, "inflation" is the area's)
    foreign = foreign_amounts(figures, sentences, country)
    starts = [s[0] for s in sentences]
    places = sorted(m.start for m in mentions if m.type == "place" and m.entity != country)  # another place
    actors = sorted(m.start for m in mentions if m.type in ("organization", "person"))
    counts = Counter(m.entity for m in mentions if m.type == "organization")
    country_only = sum(m.entity == country for m in mentions) > max(counts.values(), default=0)
    out, seen = [], {}  # seen: sentence index -> (names someone to own a measure, names another place)
    for f in figures:
        timed_first = TIME_OWNED.match(f.about)  # "last year's growth rate" -> "growth rate last year", to be owned
        f = f._replace(about=timed(timed_first[2], " " + timed_first[1])) if timed_first else f
        k = bisect.bisect_right(starts, f.start) - 1 if not f.derived else -1
        k = -1 if firm_led and NATION_QUALIFIERS.sub("", measure_of(f.about).lower()) not in NATION_ONLY | NATION_COUNTS else k
        k = -1 if k >= 0 and named_within(foreign, *sentences[k]) else k
        k = -1 if k >= 0 and OWN_COUNT.search(text, max(sentences[k][0], f.start - 30), f.start) else k
        # ("the Bank said wages would climb to its 4% limit": whose "its" is, not the country's by default)
        at = nation_measure(f.about) if k >= 0 else None
        headed = at is None and k >= 0 and country_only and nation_measure(f.about, True) is not None
        partner = TRADE_PARTNER.search(measure_of(f.about)) if k >= 0 else None  # "deficit with China": no owner
        counted = k >= 0 and f.unit == "count" and measure_of(f.about) in NATION_COUNTS
        if (at is not None or headed or counted) and k not in seen:
            lo, hi = sentences[k]
            seen[k] = named_within(actors, lo, hi) or PERSONAL.search(text, lo, hi) is not None
        if headed and (not seen[k] or partner):
            at = nation_measure(f.about, True)  # (no firm, body or person in the article or sentence to own it)
        if (at is not None or counted) and not partner:
            lo = max(sentences[k][0], f.start - 4 * WINDOW)  # (in reach of the figure: work stays linear)
            hi = clause_end(text, f.end, min(sentences[k][1], f.end + WINDOW))  # (not "..., as exports to China slowed")
            partner = named_within(places, lo, hi) or elsewhere(text[lo:hi], country)
            partner = not partner  # (another place in the figure's clause: its measure, maybe, not the country's)
        if (at is not None or counted) and partner:
            words = f.about.split()
            at = about_index(f.about, at) if not counted else at
            f = f._replace(about=count_in_country(f.about, country) if counted  # "people unemployed in Germany"
                           else owner_put(words, at, country))
        elif timed_first:
            f = f._replace(about=timed_first[0])
        out.append(f)
    return out


TIME_OWNED = Lazy(r"^((?:last|this|next) (?:year|month|quarter)|(?:19|20)\d\d)['’]s (.+)$")  # "2004's growth"


def clause_end(text: str, at: int, end: int) -> int:
    """Where the clause holding `at` ends: the next comma, semicolon or colon before `end`, else `end`."""
    found = CLAUSE_END.search(text, at, end)
    return found.start() if found else end


CLAUSE_END = Lazy(r"[,;:]")


def count_in_country(about: str, country: str) -> str:
    """A nation's count with its country before the time it is counted at: 'unemployed in
    March' -> 'unemployed in Ruritania in March'."""
    measure = measure_of(about)
    if not about.startswith(measure):
        return f"{about} in {country}"
    return f"{measure} in {country}{about[len(measure):]}"


def fronted_country(text: str, figures: list[Figure], mentions: list, sentences: list) -> list[Figure]:
    """The figures with a nation's measure named without its country in a sentence that opens with the
    country ('In Norway, about 3% of annual growth could vanish' -> "share of Norway's annual
    growth"), whatever else the article is about."""
    starts, out = [s[0] for s in sentences], []
    countries = {m.start: m for m in mentions if m.type == "place" and m.entity in COUNTRY_NAMES}
    for f in figures:
        k = bisect.bisect_right(starts, f.start) - 1 if not f.derived else -1
        at = nation_measure(f.about) if k >= 0 else None
        opener = FRONTED_PLACE.match(text, sentences[k][0], f.start) if at is not None else None
        place = countries.get(opener.start(1)) if opener else None
        if place is not None and place.end == opener.end(1):
            words = f.about.split()
            at = about_index(f.about, at)
            f = f._replace(about=owner_put(words, at, place.entity))
        out.append(f)
    return out


FRONTED_PLACE = Lazy(r"In (?:the )?([A-Z][\w.]*(?: [A-Z][\w.]*)*),")


def lead_measure(text: str, figures: list[Figure], mentions: list, sentences: list) -> list[Figure]:
    """The figures whose measure is a bare head ('sales a month earlier') that the headline or first
    sentence names in full as a nation's measure ('US retail sales rose ...'): that measure, when the
    figure's sentence names no firm or name and refers to none ('Zorba said sales rose' is Zorba's)."""
    heads = {}
    for lead in (text[:sentences[0][0]], text[:sentences[0][1]]) if sentences else ():  # the headline first
        found, lead = {}, " ".join(lead.lower().split())
        for measure in LEAD_MEASURES:
            if measure in lead:
                found.setdefault(measure.split()[-1], set()).add(measure)
        for head, measures in found.items():
            heads.setdefault(head, measures.pop() if len(measures) == 1 else "")
    heads = {head: measure for head, measure in heads.items() if measure}
    if not heads:
        return figures
    starts = [s[0] for s in sentences]
    named = sorted(m.start for m in mentions if (m.type == "name" and (" " in m.text or m.start not in starts)) or (
        m.type == "organization" and not public_body(m.entity)))  # (not "Seasonally", "the Commerce Department")
    out = []
    for f in figures:
        words = f.about.split()
        when = next((i for i, w in enumerate(words) if not (w.isdigit() or plain(w) in LEAD_TIMES)), len(words))
        when, words = words[:when], words[when:]  # "10 month | deficit": a period, then the head
        k = bisect.bisect_right(starts, f.start) - 1 if words and words[0] in heads and not f.derived else -1
        bare = k >= 0 and (len(words) == 1 or not (is_noun(words[1]) or words[1][:1].isupper())) \
            and not named_within(named, *sentences[k]) and not REFERRING.search(text, *sentences[k]) \
            and not SELLERS.search(text, sentences[k][0], f.start)  # ("web sellers seeing sales climb 5%")
        if bare:
            f = f._replace(about=" ".join(when + [heads[words[0]]] + words[1:]))
        out.append(f)
    return out


LEAD_TIMES = _set("month months year quarter annual monthly quarterly record")  # "the 10 month deficit"


def foreign_amounts(figures: list[Figure], sentences: list, country: str) -> list[int]:
    """The starts of the sentences whose first amount of money is in another country's own currency
    ('exports hit 900bn yen' is not China's); a conversion after it does not count."""
    starts, first = [s[0] for s in sentences], {}
    for f in figures:
        if not f.derived and f.unit not in ("percent", "points", "count"):
            first.setdefault(bisect.bisect_right(starts, f.start) - 1, f.unit)
    return sorted(starts[k] for k, unit in first.items()
                  if k >= 0 and country not in CURRENCY_HOMES.get(unit, (country,)))


def _currency_homes() -> dict:
    """{ISO code: the countries whose own currency it is} for the codes of one or a few countries
    (not USD, EUR or GBP, which many use and English news prices much in)."""
    homes = {}
    for adjective, names in CURRENCY_COUNTRIES.items():
        country = DEMONYMS.get(" ".join(w.capitalize() for w in adjective.split()))
        for code in names.values():
            if country and code not in ("USD", "EUR", "GBP"):
                homes.setdefault(code, set()).add(country)
    return homes


CURRENCY_HOMES = _currency_homes()
CURRENCY_AREA = Lazy(r"\b(?:[Ee]uro[ -]?zone|[Ee]uro area|European Central Bank|ECB)\b")  # many nations' measures


def lead_country(text: str, mentions: list, sentences: list) -> str:
    """The country named most often, its people's adjective counted ('the Japanese government'), more
    than any other and at least twice, when it is named in the headline or the first two sentences
    ('US trade gap widens' over China, named three times to its four); else ''."""
    lead_end = sentences[min(1, len(sentences) - 1)][1] if sentences else 0
    named = [(m.entity, m.start) for m in mentions if m.type == "place" and m.entity in COUNTRY_NAMES]
    named += [(DEMONYMS[m[0]], m.start()) for m in CAPITALISED.finditer(text) if m[0] in DEMONYMS]
    counts = Counter(country for country, _ in named)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ""
    return ranked[0][0] if any(country == ranked[0][0] and at < lead_end for country, at in named) else ""


CAPITALISED = Lazy(r"\b[A-Z][a-z]+\b")


def named_within(starts: list, lo: int, hi: int) -> bool:
    """Whether a name starts in [lo, hi), of the sorted `starts`."""
    return bisect.bisect_left(starts, lo) < bisect.bisect_left(starts, hi)


NATION_COUNTS = frozenset(("people unemployed", "unemployed", "people out of work", "jobless", "jobs added"))  # a nation's count


def the_country(figures: list[Figure], mentions: list, sentences: list) -> list[Figure]:
    """The figures with "the country's" (or the nation's, the island's, the city state's ...) in what they
    measure named: the last country named in the figure's sentence before it, else the one the article is
    about ('tourism accounts for 6% of the country's GDP' after 'In Thailand,' -> "Thailand's GDP")."""
    country = main_country(mentions)
    places = sorted((m for m in mentions if m.type == "place" and m.entity in COUNTRY_NAMES), key=lambda m: m.start)
    starts, place_starts = [s[0] for s in sentences], [m.start for m in places]
    out = []
    for f in figures:
        described = (THE_COUNTRY.search(f.about) or THE_GOVERNMENT.search(f.about)) if not f.derived else None
        k = bisect.bisect_right(starts, f.start) - 1 if described else -1
        last = bisect.bisect_left(place_starts, f.start) - 1 if k >= 0 else -1
        named = last >= 0 and places[last].start >= sentences[k][0]  # the last country named in its sentence
        name = places[last].entity if named else country if k >= 0 else ""
        if name and described.re.pattern == THE_COUNTRY.pattern:
            f = f._replace(about=THE_COUNTRY.sub(possessive(name), f.about, 1))
        elif name:  # "the government's stake" in an article about India -> "Indian government's stake"
            f = f._replace(about=THE_GOVERNMENT.sub(f"{NATIONAL.get(name, name)} government's", f.about, 1))
        out.append(f)
    return out


THE_GOVERNMENT = Lazy(r"(?:\bthe |^(?:expected |previous )?)government's(?= \w)")  # whose, the nation's
NATIONAL = {country: adjective for adjective, country in reversed(DEMONYMS.items())}  # "India" -> "Indian", the first


THE_COUNTRY = Lazy(r"(?:\bthe |^(?:expected |previous )?|(?<=\b(?:in|of|on|at|to|by) )|(?<=\bfor )|(?<=\bfrom ))"
                   r"(?:country|nation|kingdom|island|island nation|city[ -]state|emirate|sheikhdom|republic)'s(?= \w)")
# "share of the country's GDP", "country's GDP", "growth in country's economy" (their "the" dropped); not "a
# eurozone country's deficit": any one


def economic_growth(figures: list[Figure]) -> list[Figure]:
    """The percentages an economy grew or shrank by, named as growth or contraction, since an economy
    is no amount: "Japan's economy last year (up)" -> "Japan's economic growth last year", 'world's
    biggest economy (down)' -> "contraction of the world's biggest economy"."""
    out = []
    for f in figures:
        tag = DIRECTION_TAG.search(f.about) if f.unit == "percent" and not f.derived else None
        economy = tag and ECONOMY.search(f.about, 0, tag.start())
        if economy and not any(plain(w) in CHANGE_NOUNS for w in f.about[:economy.start()].split()):
            before, after = f.about[:economy.start()], f.about[economy.end():tag.start()]
            change = "growth" if tag[0] == " (up)" else "contraction"
            if all(w[:1].isupper() for w in before.split()) and economy[0] == "economy":  # "South Korea's", ""
                f = f._replace(about=f"{before}economic {change}{after}")
            else:
                the = "" if before[:1].isupper() else "the "  # ("China's booming", "the world's biggest")
                f = f._replace(about=f"{change} of {the}{before}{economy[0]}{after}")
        elif economy:
            f = f._replace(about=f.about[:tag.start()])  # "growth in Argentina's economy" says which way
        elif f.unit == "percent" and not f.derived and not tag and ECONOMY_OF.match(f.about):
            f = f._replace(about=ECONOMY_OF.sub(r"\1economic growth", f.about, 1))  # "above 2003's 9.1%": a rate
        out.append(f)
    return out


ECONOMY = Lazy(r"\beconom(?:y|ies)\b")
ECONOMY_OF = Lazy(r"^((?:[A-Z][\w.-]*(?:'s|’s|s'|s’)? )*)economy(?= (?:in|during|for|last|this|over) |$)")
# "China's economy in 2003": a name's economy, and when


def looking_ahead(text: str, sentences: list, figures: list[Figure]) -> list[Figure]:
    """The sums and percentages a clause expects, plans or holds possible, so named, that they may not
    be read as outturns: 'Zorba is on course for a 6% fall in costs' -> 'expected fall in
    Zorba's costs'; "Zorba plans to raise up to €5bn" -> "Zorba's planned money raised"; 'could
    lose $2bn' -> 'possible ...'. The clause is the words before the figure back to a comma, a colon
    or a quotation mark; an about that names a forecast or a future already ('jobs to go') stays."""
    starts = [s[0] for s in sentences]
    out = []
    for f in figures:
        k = bisect.bisect_right(starts, f.start) - 1 if not f.derived and f.about else -1
        done = COUNT_DONE.fullmatch(f.about) if k >= 0 and f.unit == "count" else None
        if k < 0 or NAMED_AHEAD.search(f.about) or (f.unit == "count" and not done):
            out.append(f)  # (a count only as the object of a deed to come: "plans to hire 3,000 staff")
            continue
        lo = max(sentences[k][0], f.start - WINDOW)
        clause = CLAUSE_CUT.split(text[lo:f.start])[-1].split()
        clause = clause[max((i + 1 for i, w in enumerate(clause) if plain(w) in CLAUSE_WORDS or plain(w) in SHOWING
                             or (plain(w) == "that" and i + 1 < len(clause) and is_verb(clause[i + 1]))),
                            default=0):]  # ("is due to cite data showing that exports grew 3%": a fact;
        # "is expected to weigh the bid that values the firm at £60m": the offer's value, no forecast)
        words = [plain(w) if w[:1].islower() else "" for w in clause]
        if set(words[-2:]) & HERE_ALREADY or clause[-1:] and clause[-1].endswith(("'s", "’s", "s'", "s’")):
            out.append(f)  # "expected to drop from 7% to 6%", "is set to repay its (Zorba's) $2m loan": what is
            continue
        wish = set(words[-6:]) & WISHING and not set(words) & WISH_DENIED  # ("we don't want a £2m show")
        kind = "sought" if wish else next((AHEAD_WORDS[w] for i, w in enumerate(words) if w in AHEAD_WORDS
                     and not (i and words[i - 1] in ("than", "as"))
                     and not (w in ("expectations", "predictions") and words[i + 1:i + 2] not in (["of"], ["for"]))
                     and not set(words[i + 1:i + 3]) & {"not", "never"} and not perfect(words[i + 1:i + 4])
                     and not (w == "will" and words[i + 1:i + 2] == ["have"])), "") \
            or ("expected" if AHEAD_PHRASE.search(" ".join(words)) else "")
        # ("would have banned £5m": what was; "would not raise its offer of £4m": what is)
        change = VERB_TAG.search(f.about) if not kind and REQUIRED.search(" ".join(words[-6:])) else None
        if change and change[0] in (" (up)", " (down)"):  # "if it fails to cut fuel bills by $30m"
            out.append(f._replace(about=f"required {'rise' if change[0] == ' (up)' else 'cut'} in "
                                        f"{f.about[:change.start()]}"))
            continue
        if kind and done:
            if kind in ("planned", "expected", "promised"):
                f = f._replace(about=f"{done[1]} to be {done[2] or done[3]}")  # "jobs created" -> "jobs to be created"
        elif kind:
            owner = POSSESSIVE_OPEN.match(f.about)
            at = owner.end() if owner and not owner[1] else 0  # "Turkey's | contribution"
            said = kind in ("offered", "promised") and (plain(f.about[at:].split()[0]) in OFFER_NOUNS
                                                        or any(plain(w) in AHEAD_WORDS for w in f.about.split()))
            name = f.about[:at].removesuffix(" ").removesuffix("'s").removesuffix("’s").rstrip("'’") if at else ""
            said = said or bool(name) and named_after(clause, name.split(), BESIDE_WORDS)
            # ("the new group will sit alongside Kesta with 12%": Kesta's share is, the group's will be)
            f = f if said else f._replace(about=f"{f.about[:at]}{kind} {f.about[at:]}")  # (not "offered bid")
        out.append(f)
    return out


BESIDE_WORDS = _set("alongside behind than like besides")  # a name set beside another: "will sit alongside Kesta"


def named_after(words: list[str], name: list[str], before: frozenset) -> bool:
    """Whether `words` write the name (its words) just after one of the words `before` ('alongside | Kesta')."""
    n = len(name)
    return any(plain(words[i - 1]) in before and [w.rstrip(",.;:") for w in words[i:i + n - 1]] == name[:-1]
               and words[i + n - 1].rstrip(",.;:").removesuffix("'s").removesuffix("’s") == name[-1]
               for i in range(1, len(words) - n + 1))


def perfect(words: list[str]) -> bool:
    """Whether words open a perfect ('have banned', 'have been') or a duty ('have to pay'), not 'have' a
    thing ('would have sales of')."""
    words = [w for w in words if w not in ("only", "also", "still", "just", "now")]  # "will only have to pay"
    return words[:1] == ["have"] and len(words) > 1 and (words[1].endswith("ed") or words[1] in PAST_PARTICIPLES
                                                         or words[1] in ("been", "to", ""))  # (and "have to": a duty)


COUNT_CHANGE = Lazy(r"(?:net )?(?:loss|gain|increase|rise|fall|drop|decline) (?:of|in) ")  # what a count's owner saw change
COUNT_DONE = Lazy(r"([a-z][\w-]*(?: [a-z][\w-]*)?) (?:([a-z]+ed|made|built|sold|cut|shed|hired)|\((cut|lost|sold|shed)\))")
# a count and what is done to it: "jobs created", "staff hired", "jobs (cut)"
AHEAD_WORDS = {**dict.fromkeys("""will would should expect expects expected expecting forecast forecasts forecasting predicts
predicted predicting projected projects projecting likely hopes hoping expectations predictions""".split(), "expected"),
               **dict.fromkeys("plans planned planning aims aiming intends intending proposes targets".split(),
                               "planned"),
               **dict.fromkeys("could may might".split(), "possible"),
               **dict.fromkeys("offered offers offering".split(), "offered"),  # "has offered a 3% rise in pay"
               **dict.fromkeys("promised promises promising vowed vows".split(), "promised")}  # ("than expected": a fact)
OFFER_NOUNS = _set("bid bids offer offers pledge pledges promise promises deal")  # an about that says the offer
SHOWING = _set("showing showed shows show revealed reveals revealing confirmed confirming")  # a fact reported after them
WISHING = _set("prefer prefers preferred want wants wanted wish wishes demanding")
# a sum someone would like to see, close before it, not one anyone expects: "wants Zorba to pay back $40m"
WISH_DENIED = NEGATIONS | _set("don't doesn't didn't won't wouldn't")
NAMED_AHEAD = Lazy(r"\b(?:sought|forecasts?|expect\w*|estimat\w*|predict\w*|targets?|plan\w*|propos\w*|possible|potential"
                   r"|projected|to be|to go|would|will|threshold)\b")  # (a threshold is one, planned or not)
HERE_ALREADY = _set("from its their his her our the current existing present")
AHEAD_PHRASE = Lazy(r"\bon (?:course|track|target) (?:for|to)\b|\b(?:is|are|was|were) set to\b")
REQUIRED = Lazy(r"\b(?:has|have|had|needs?|needed|fails?|failed|must) to\b|\bmust\b")  # a change someone must make
CLAUSE_CUT = Lazy(r"[,;:()\"“”]|\s[-–—]\s")


def with_owned(text: str, figures: list[Figure], mentions: list, sentences: list) -> list[Figure]:
    """The figures whose ownerless measure a 'with' clause gives to the name just before it ('a strike hit
    brewer Zorba, with output down 4%' -> "Zorba's output (down)"), or to the firm or country its
    sentence opens with, no other name between ('Ruritania is blamed, with imports up 9%')."""
    ends = {m.end: m for m in mentions
            if m.type != "name" or text[max(0, m.start - 20):m.start].rstrip()[-1:] not in ("", ".", "!", "?", "\n")}
    # (a name the article cannot type, unless it opens a sentence: "Fares, with tickets at $9")
    named, starts, out = in_order(mentions), [s[0] for s in sentences], []
    for f in figures:
        words = measure_of(f.about).split() if f.about and not f.derived else []
        at = text.rfind(", with ", max(0, f.start - 60), f.start) if words else -1
        m = ends.get(at) if at >= 0 and words and ownerless(f.about, f.unit) else None
        name = m.text if m else ""
        if at >= 0 and not m and ownerless(f.about, f.unit):
            lo = sentences[bisect.bisect_right(starts, f.start) - 1][0]
            subject = opening_subject(text, lo, named.within(lo, at))[0] if lo <= at else None
            if subject is not None and all(x.entity == subject.entity for x in named.within(subject.end, at)):
                m, name = subject, subject.entity
        after = text[at + 7:f.start].split() if m else []
        if m and after[:len(words)] == words and "," not in text[at + 1:f.start]:
            f = f._replace(about=f"{possessive(name)} {f.about}")
        out.append(f)
    return out


def fronted_with_owned(text: str, figures: list[Figure], sentences: list) -> list[Figure]:
    """The figures in a fronted 'With ...,' whose bare measure a thing or firm has, given the subject
    of the clause after it: 'With a £900 price tag, the Z3 Roamer is ...' -> 'price tag of
    the Z3 Roamer'; not 'With inflation at 3%, the bank ...' (no one's own)."""
    starts, out = [s[0] for s in sentences], []
    for f in figures:
        k = bisect.bisect_right(starts, f.start) - 1 if not f.derived else -1
        lo = sentences[k][0] if k >= 0 and f.start - sentences[k][0] < WINDOW else -1  # (a fronted phrase is short)
        comma = text.find(",", f.end, min(sentences[k][1], f.end + WINDOW)) if lo >= 0 and text.startswith("With ", lo) \
            else -1
        words = f.about.split()
        if comma < 0 or "," in text[lo:f.start] or not words or plain(words[-1]) not in OWN_MEASURES \
                or any(w[:1].isupper() or w.endswith(("'s", "’s", "s'", "s’")) for w in words):
            out.append(f)
            continue
        rest = text[comma + 1:min(sentences[k][1], comma + 1 + WINDOW)].split()
        v = first_verb_of(rest)
        subject = noun_phrase_before(rest[:v]) if v else []
        named = subject and (subject[-1][:1].isupper() or plain(subject[0]) == "the") and len(subject) <= 5
        out.append(f._replace(about=f"{f.about} of {' '.join(subject)}") if named else f)
    return out


def fronted_owned(text: str, figures: list[Figure], mentions: list, sentences: list) -> list[Figure]:
    """The figures with a firm's or a nation's measure named without an owner in a phrase set before the
    clause it belongs to ('Despite', 'With', 'After' ...), given the firm or country that clause opens
    with: 'Despite a record profit of $9m, up 12%, Zorba is cutting jobs' -> "Zorba's record
    profit" (a name the article cannot type too); not when the phrase names someone itself."""
    starts, named, out = [s[0] for s in sentences], in_order(mentions), []
    for f in figures:
        k = bisect.bisect_right(starts, f.start) - 1 if not f.derived and f.unit != "count" and ownerless(f.about, f.unit) else -1
        lo = sentences[k][0] if k >= 0 and FRONTED_OPENER.match(text, sentences[k][0]) else -1
        if lo < 0 or f.start - lo > 2 * WINDOW:
            out.append(f)
            continue
        said = text[lo:sentences[k][1]]
        subject = next((m for m in named.within(f.end, min(sentences[k][1], f.end + 2 * WINDOW))
                        if text[m.start - 2:m.start] == ", " and (m.type in ("organization", "name") or m.entity in COUNTRY_NAMES)
                        and text[m.end:m.end + 2].strip()[:1].islower()), None)
        fits = subject is not None and not any(m.type != "place" or m.entity in COUNTRY_NAMES
                                               for m in named.within(lo, subject.start)) \
            and (firm_measure(f.about, said, f.unit) is not None if subject.type != "place"
                                        else nation_measure(f.about) is not None)
        at = changed_at(measure_of(f.about).split()) if fits else 0
        out.append(f._replace(about=owner_put(f.about.split(), about_index(f.about, at), subject.entity)) if fits else f)
    return out


def coordinated_possessor(text: str, figures: list[Figure], mentions: list, sentences: list) -> list[Figure]:
    """The figures with a firm's measure named without an owner in a clause joined by 'and' to one whose
    subject is a firm's own measure: "Zorba's exports are growing and total revenue was £3m" ->
    "Zorba's total revenue"; not when another name stands between."""
    starts, named, out = [s[0] for s in sentences], in_order(mentions), []
    for f in figures:
        k = bisect.bisect_right(starts, f.start) - 1 if not f.derived and f.unit != "count" and ownerless(f.about, f.unit) else -1
        here = named.within(sentences[k][0], f.start) if k >= 0 and f.start - sentences[k][0] < 2 * WINDOW else []
        first = here[0] if here and here[0].type in ("organization", "name") and text.startswith(("'s ", "’s ", "' "), here[0].end) \
            and (here[0].start == sentences[k][0] or text[here[0].start - 2:here[0].start] == ", ") else None
        joined = first is not None and all(m.entity == first.entity for m in here) and " and " in text[first.end:f.start]
        comma = text.rfind(",", text.rfind(" and ", first.end, f.start) if joined else 0, f.start)
        joined = joined and (comma < 0 or GOES_ON.match(text, comma + 1) is not None) \
            and firm_measure(f.about, text[sentences[k][0]:sentences[k][1]], f.unit) is not None
        # (", up 4% from £2.9m": the same measure goes on; not ", while Kesta's fell")
        at = changed_at(measure_of(f.about).split()) if joined else 0
        out.append(f._replace(about=owner_put(f.about.split(), about_index(f.about, at), first.entity)) if joined else f)
    return out


def said_before_with_owner(text: str, figures: list[Figure], sentences: list) -> list[Figure]:
    """The figures whose measure is named without an owner where their sentence has named it before with a
    people's or a place's word: 'Dutch bike sales are strong: bike sales in 2010 rose 8%' -> 'Dutch
    bike sales in 2010 (up)'."""
    starts, out = [s[0] for s in sentences], []
    for f in figures:
        k = bisect.bisect_right(starts, f.start) - 1 if not f.derived and f.unit != "count" and ownerless(f.about, f.unit) else -1
        words = f.about.split() if k >= 0 else []
        lead = lead_of(words)
        lead = lead[:next((i for i, w in enumerate(lead) if YEAR.fullmatch(plain(w)) or plain(w) in MONTHS), len(lead))]
        phrase = " ".join(lead) if 1 < len(lead) <= 3 and words[0][:1].islower() else ""
        said = text[max(sentences[k][0], f.start - 2 * WINDOW):f.start].split() if phrase else []
        at = max((i for i in range(1, len(said) - len(lead) + 1) if said[i - 1].isalpha() and said[i - 1][:1].isupper()
                  and said[i - 1][1:].islower() and [w.rstrip(",.;:") for w in said[i:i + len(lead)]] == lead),
                 default=0)  # (a scan of words, not a pattern compiled for each figure)
        whose = said[at - 1] if at and (said[at - 1] in DEMONYMS or said[at - 1] in PLACE_NAMES) else ""
        out.append(f._replace(about=f"{whose} {f.about}") if whose else f)
    return out


GOES_ON = Lazy(rf"{SP}+(?:up|down|from)\b")
FRONTED_OPENER = Lazy(rf"[\"“‘]?(?:But{SP}+|And{SP}+)?(?:[Dd]espite|With|After|Following|Although|Though|Thanks{SP}+to)\b")


OWN_MEASURES = _set("""price tag cost sales revenue revenues turnover profit profits debts debt value capitalisation
staff workforce customers subscribers stake""")  # what a thing or a firm has


def level_of_subject(text: str, figures: list[Figure], sentences: list) -> list[Figure]:
    """The figures whose about is only a level (a high, a low, an average, a close) given the measure
    their sentence opens with as its subject: 'The base rate is up from a 20-year low of 2%' -> 'base
    rate at the 20-year low'; 'Zorba stock slid to $40, from a $44 close on Nasdaq' -> 'Zorba stock at close
    on Nasdaq'."""
    starts, out = [s[0] for s in sentences], []
    for f in figures:
        k = bisect.bisect_right(starts, f.start) - 1 if not f.derived and f.unit != "count" else -1
        tag = DIRECTION_TAG.search(f.about) if k >= 0 else None
        bare = f.about[:tag.start()] if tag else f.about
        bare = PRICE_PER.sub("", bare)  # ("last month's high price per litre": the subject's high)
        head = lead_of(bare.split())[-1:] if bare else []
        if k < 0 or not head or plain(head[0]) not in LEVEL_WORDS:
            out.append(f)
            continue
        comma = text.rfind(", ", sentences[k][0], f.start)
        for lo in (sentences[k][0],) + ((comma + 2,) if comma >= 0 else ()):  # the sentence's subject, else its
            words = text[lo:f.start].split()  # last clause's: "Though under last month's high, | prices are"
            v = first_verb_of(words)
            subject = noun_phrase_before(words[:v]) if v else []
            heads = {plain(lead_of(subject)[-1]), plain(subject[-1])} if subject else set()  # ("share of viewers")
            whole = subject and len(subject) >= v - 1 and bool(heads & (MEASURE_NOUNS | _set("stock share"))) \
                and " by an " not in " " + " ".join(words[-6:])  # (not "are due to fall by an average of 2%": a change)
            if whole:
                break
        level = f"average {' '.join(subject)}" if bare == "average" else f"{' '.join(subject)} at {bare}"
        out.append(f._replace(about=level) if whole and len(subject) <= 4 else f)  # ("stands at an average of")
    return out


def change_of_subject(text: str, figures: list[Figure], sentences: list) -> list[Figure]:
    """The figures whose about is a bare change ('rise', 'fall in April', 'increase on a year earlier')
    given the measure their sentence opens with as its subject: 'House prices edged up in May, a 0.4%
    rise in the first month' -> 'rise in house prices in the first month'; 'Output fell, confounding
    expectations of a 0.3% rise' -> 'expected rise in output'."""
    starts, out, before = [s[0] for s in sentences], [], None
    for f in figures:
        k = bisect.bisect_right(starts, f.start) - 1 if not f.derived and f.unit != "count" else -1
        tag = DIRECTION_TAG.search(f.about) if k >= 0 else None
        words = (f.about[:tag.start()] if tag else f.about).split()
        kind = words[:1] if words[:1] in (["expected"], ["previous"]) else []
        change, rest = words[len(kind):len(kind) + 1], words[len(kind) + 1:]
        prev, before = before, (f if not f.derived else before)
        if not change or plain(change[0]) not in CHANGE_NOUNS or (rest and not time_complement(rest)):
            out.append(f)
            continue
        measure = measure_of(prev.about).split() if prev and sentences[k][0] <= prev.start < f.start \
            and not CLAUSE_BREAK.search(text, prev.end, f.start) else []
        owned = any(w[:1].isupper() or "'" in w or "’" in w for w in measure)
        named = any(plain(m[0]) not in MONTHS and plain(m[0]) not in WEEKDAYS
                    for m in NAMED_BETWEEN.finditer(text, prev.end, f.start)) if owned else False  # (not "in October")
        if not measure or (named and not REPORTER_BETWEEN.search(text, prev.end, f.start)):
            measure = opening_measure(text[sentences[k][0]:f.start].split())  # ("Zorba sales rose 5% while
            # rival Kesta saw a 7% increase": Kesta's, not Zorba's sales; but "... and Kesta reported a rise")
        if not measure or plain(measure[-1]) not in MEASURE_NOUNS or plain(measure[-1]) in CHANGE_NOUNS:
            out.append(f)  # (not "Growth will peak at 2%" -> "growth in growth")
            continue
        about = " ".join(kind + change + ["in"] + measure + rest)
        out.append(f._replace(about=about + (tag[0] if tag else "")))
    return out


NAMED_BETWEEN = Lazy(r"\b[A-Z][a-z]+")
REPORTER_BETWEEN = Lazy(r"\b[A-Z][\w&'’-]*\s+(?:reported|said|says|recorded|showed|shows|estimated|found)\b")


def shown_by_subject(text: str, figures: list[Figure], sentences: list) -> list[Figure]:
    """The figures whose about is a bare rate or change that the clause's subject, a measure, showed or
    recorded: 'online sales recorded a growth rate of 3%' -> 'growth rate of online sales';
    'exports recorded a rise of 5%' -> 'rise in exports'."""
    starts, out = [s[0] for s in sentences], []
    for f in figures:
        k = bisect.bisect_right(starts, f.start) - 1 if not f.derived and f.unit in ("percent", "points") else -1
        tag = DIRECTION_TAG.search(f.about) if k >= 0 else None
        bare = (f.about[:tag.start()] if tag else f.about).split()
        shown = SHOWN.search(text, max(sentences[k][0], f.start - WINDOW), f.start) if bare and len(bare) <= 2 \
            and plain(bare[-1]) in RATE_OR_CHANGE else None
        if shown is None:
            out.append(f)
            continue
        lo = max(sentences[k][0], text.rfind(",", sentences[k][0], shown.start()) + 1)
        measure = opening_measure(text[lo:shown.start()].split() + ["showed"])
        if measure and plain(measure[-1]) in MEASURE_NOUNS and plain(measure[-1]) not in RATE_OR_CHANGE:
            joint = "in" if plain(bare[-1]) in CHANGE_NOUNS else "of"
            f = f._replace(about=f"{' '.join(bare)} {joint} {' '.join(measure)}" + (tag[0] if tag else ""))
        out.append(f)
    return out


SHOWN = Lazy(rf"\b(?:showed|shows|recorded|records|posted|registered|saw|sees){SP}+an?{SP}+[\w -]{{0,30}}?{SP}(?:of|at){SP}*$")
RATE_OR_CHANGE = frozenset(CHANGE_NOUNS) | _set("rate")


def their_owned(text: str, figures: list[Figure], sentences: list) -> list[Figure]:
    """The shares 'of their' something given the plural subject their sentence opens with: 'The oil
    states plan to lend 1% of their national income' -> "share of the oil states' national
    income"; 'Farms in Norway may rent out 30% of their land' -> "share of farms in Norway's land"."""
    starts, out = [s[0] for s in sentences], []
    for f in figures:
        k = bisect.bisect_right(starts, f.start) - 1 if not f.derived and SHARE_OF_THEIR.search(f.about) else -1
        words = text[sentences[k][0]:f.start].split() if k >= 0 and f.start - sentences[k][0] <= 2 * WINDOW else []
        v = first_verb_of(words) if words else None
        subject = noun_phrase_before(words[:v]) if v else []
        lead = words[:v - len(subject)] if subject else []
        head = next((subject[i - 1] for i in range(1, len(subject)) if plain(subject[i]) in PREPOSITIONS),
                    subject[-1]) if subject else ""  # "Banks in Ruritania": banks
        if subject and all(plain(w) in DETERMINERS for w in lead) and len(subject) <= 6 and plain(head).endswith("s") \
                and not plain(head).endswith("ss") and is_noun(plain(head)):
            first = subject[0].lower() if not lead and subject[1:2] and subject[1][:1].islower() else subject[0]
            owner = " ".join([w.lower() for w in lead] + [first] + subject[1:]).rstrip(",;:")  # ("the world's ...")
            f = f._replace(about=SHARE_OF_THEIR.sub(lambda m: f"{m[1]}{possessive(owner)}", f.about, 1))
        out.append(f)
    return out


SHARE_OF_THEIR = Lazy(r"(\bshare of )their(?= )")  # "1% of their national income"


def opening_measure(words: list[str]) -> list[str]:
    """The measure a sentence opens with as the whole of its subject, lower case ('House prices' -> 'house
    prices', 'US car sales'), or [] (not "Zorba's shares", "Analysts")."""
    v = first_verb_of(words)
    subject = noun_phrase_before(words[:v]) if v else []
    if not subject or len(subject) != v or len(subject) > 4 or any(w[:1].isupper() for w in subject[1:]):
        return []
    first = subject[0] if subject[0] in PLACE_NAMES or subject[0] in DEMONYMS else subject[0].lower()
    return [first] + [w.rstrip(",;:") for w in subject[1:]]


def time_complement(words: list[str]) -> bool:
    """Whether words after a change say only when: 'in April', 'in the first month of the year', 'on a
    year earlier'."""
    return plain(words[0]) in ("in", "on", "over", "for", "during", "since", "from") and len(words) > 1 and all(
        plain(w) in MONTHS or plain(w) in TIME_UNITS or plain(w) in TIME_FILLERS or YEAR.fullmatch(plain(w))
        for w in words[1:])  # (not "in December sales": a measure)


TIME_UNITS = _set("year years month months quarter quarters week weeks day days period half season")
TIME_FILLERS = _set("""the a an of first second third fourth final last this next previous same earlier before ago
whole full financial""")


RATE_TIMES = _set("hour day week month year")  # "$5.15 an hour": how often an amount is paid or earned
PRICE_PER = Lazy(r" price per \w+$")  # what a level is of, said by its unit: "peak price per barrel"
LEVEL_WORDS = _set("average high highs low lows peak record end close")  # a level, not what is at it


def change_of_previous(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures whose about is a bare change ('increase', 'improvement') set beside the figure before
    them in one sentence: the change of what that one measures ('30 million will be sold, an increase of
    12%' -> 'increase in number sold (up)'; 'earnings of $9m, a $4m improvement')."""
    out = list(figures)
    for i in range(1, len(out)):
        prev, f = out[i - 1], out[i]
        tag = DIRECTION_TAG.search(f.about)
        bare = f.about[:tag.start()] if tag else f.about
        opened = POSSESSIVE_OPEN.match(bare + " ")
        words = bare[opened.end() if opened and not opened[1] else 0:].split()  # ("Zelco Motors' improvement")
        owned = all(w == "expected" or w.endswith(("'s", "’s", "s'")) for w in words[:-1])
        noun = words[-1] if words and owned else ""
        bare = " ".join(w for w in words if w == "expected" or w == noun)  # ("Zorba's improvement": its measure's)
        if f.derived or prev.derived or (plain(noun) not in CHANGE_NOUNS and plain(noun) != "improvement") \
                or not APPOSED_CHANGE.fullmatch(text, prev.end, f.start):
            continue
        measure = measure_of(prev.about)
        if measure and plain(measure.split()[-1]) not in CHANGE_NOUNS and "%" not in measure:
            out[i] = f._replace(about=f"{bare} in {measure}{tag[0] if tag else ''}")
    for i in range(1, len(out)):  # "a $4m improvement from $5m last year": the profit then, not a change
        prev, f = out[i - 1], out[i]
        change = CHANGE_OF.match(DIRECTION_TAG.sub("", prev.about))
        noun = f.about.split()[0] if f.about else ""
        if change and not f.derived and plain(noun) == plain(change[1]) and not f.about[len(noun):].startswith(" in ") \
                and CHANGE_FROM.fullmatch(text, prev.end, f.start):
            out[i] = f._replace(about=with_level(change[2], "previous") + f.about[len(noun):])
    return out


CHANGE_OF = Lazy(r"(?:expected )?(\w+) in (.+)$")  # "improvement in pre-tax profit"


CHANGE_FROM = Lazy(rf"{SP}+(?:[\w-]+{SP}+)?from{SP}+")  # "$4m | improvement from | $5m"


APPOSED_CHANGE = Lazy(r"[^.;:!?]{0,80}?, an? (?:[\w-]+ ){0,2}")  # "..., a" or "..., an increase of" before the figure


def openers_lowered(text: str, figures: list[Figure], sentences: list, vocab) -> list[Figure]:
    """The figures whose about opens with its sentence's first word, a common word capitalised there only,
    with that word in lower case ('Global economic growth' -> 'global ...', 'Shares in Zorba' -> 'shares
    in Zorba': the article writes 'global' and 'shares' in lower case too), or without it when it is an
    opening adverb ('However crude prices in Asia' -> 'crude prices in Asia')."""
    starts, out = [s[0] for s in sentences], []
    for f in figures:
        k = bisect.bisect_right(starts, f.start) - 1 if not f.derived and f.about else -1
        words = f.about.split() if k >= 0 else []
        opener = text[sentences[k][0]:sentences[k][0] + 40].lstrip(" -•*\"“‘'").split()[:1] if words else []
        if opener and words[0] == opener[0] and words[0][1:].islower() and len(words) > 1:
            low = plain(words[0])
            if low in OPENING_ADVERBS or (low.endswith("ing") and low not in ING_NOUNS and low not in ING_WORDS and "-" not in low
                                          and is_noun(words[1]) and words[1][:1].islower()):
                f = f._replace(about=" ".join(words[1:]))  # ("Reaching sales of $5m a year remains its aim")
            elif low in vocab and words[0] not in DEMONYMS and words[0] not in PLACE_NAMES:
                f = f._replace(about=" ".join([low] + words[1:]))
        elif opener and opener[0] in words[1:] and opener[0][1:].islower() and plain(opener[0]) in vocab \
                and opener[0] not in DEMONYMS and opener[0] not in PLACE_NAMES:  # "average Prices" (level_of_subject)
            i = words.index(opener[0])
            f = f._replace(about=" ".join(words[:i] + [plain(opener[0])] + words[i + 1:]))
        out.append(f)
    return out


def currency_values(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures whose about is a currency's name alone ('dollar (down)'), as its value, against the
    currency the text sets it against nearest the figure: 'Against the euro, the dollar was up 0.3% at
    $1.12' -> 'value of the dollar against the euro (up)' for 0.3%, and 'value of the euro' for
    $1.12, the euro's price in dollars."""
    out = []
    for f in figures:
        tag = DIRECTION_TAG.search(f.about) if not f.derived else None
        name = plain((f.about[:tag.start()] if tag else f.about).removeprefix("the "))
        own = CURRENCY_NAMES.get(name) or ("USD" if name == "greenback" else "")
        if f.derived or not own or f.unit == "count":
            out.append(f)
            continue
        others = [m for m in AGAINST_CURRENCY.finditer(text, max(0, f.start - 90), f.end + 60)
                  if CURRENCY_NAMES.get(plain(m[1]), own) != own
                  and not SENTENCE_GAP.search(text, min(m.end(), f.end), max(m.start(), f.start))]  # (its sentence's)
        other = min(others, key=lambda m: abs(m.start() - f.start))[1].lower() if others else ""
        if f.unit in ("percent", "points"):
            about = f"value of the {name}" + (f" against the {other}" if other else "") + (tag[0] if tag else "")
        elif other and CURRENCY_NAMES[other] != f.unit:
            about = f"value of the {other}"  # "the dollar ... at $1.89" against the pound: dollars per pound
        else:
            about = f.about
        out.append(f._replace(about=about))
    return out


SENTENCE_GAP = Lazy(r"[.!?]\s|\n")
AGAINST_CURRENCY = Lazy(rf"\b(?:[Aa]gainst|[Vv]ersus|[Vv]s){SP}+(?:the{SP}+)?(?:[A-Z][a-z]+{SP}+)?([A-Za-z]+)")
# "against the euro", "against the Japanese yen"


OPENING_ADVERBS = _set("however but and meanwhile also yet still so then")  # "However crude prices fell"


def measured_where(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures with the place or body named right after them ('was £192,713 in England', 'sales
    jumping 28% at Kesta Stores') said in what they measure, before its time ('sales growth in Asia this
    year'), when it does not name them yet (scoped). Last: the owner passes read a capital as an owner."""
    out = []
    for f in figures:
        at = f.end + len(CONVERSION_AFTER.match(text, f.end)[0]) if not f.derived and f.about and f.unit != "count" else -1
        m = SCOPE_AFTER.match(text, at, at + 2 * WINDOW) if at >= 0 else None
        if m and scoped(m, f.about) and not NOUN_AFTER_NAME.match(text, m.end()):  # (not "in UK trade")
            tag = DIRECTION_TAG.search(f.about)
            body = f.about[:tag.start()] if tag else f.about
            when = TIME_PHRASE.match(text, m.end(), m.end() + 2 * WINDOW)
            tail = " " + " ".join(when[1].split()) if when else ""
            body = body[:-len(tail)] if tail and body.endswith(tail) else body
            tail = tail if tail.strip() not in body else ""  # ("growth this year in Asia": once, after the place)
            where = " ".join(m[0].split()).rstrip(",;:")
            where = where if where.endswith(".") and where.split()[-1] in PLACE_NAMES else where.rstrip(".")  # "U.S."
            doer = DEED_TAG.search(body)  # ("takings (Aviator)": the place before whose deed it is)
            body, doer = (body[:doer.start()], doer[0]) if doer else (body, "")
            f = f._replace(about=f"{body} {where}{tail}{doer}{tag[0] if tag else ''}")
        out.append(f)
    return out


DEED_TAG = Lazy(r" \([^()]+\)$")
SCOPE_AFTER = Lazy(rf"""{SP}+(in|at){SP}+(?:the{SP}+)?
  ([A-Z](?:[\w&'’-]|\.(?=[A-Za-z]))*\.?(?:(?<!\.){SP}+(?:(?:of|for|and){SP}+)?[A-Z](?:[\w&'’-]|\.(?=[A-Za-z]))*\.?){{0,4}})""", re.X)
# "in the U.S.", "at the Department for Culture Media and Sport"; not past a sentence's end ("Agency. The")
NOUN_AFTER_NAME = Lazy(rf"{SP}+(?:[a-z]+{SP}+)?(?:trade|trading|terms|market|markets|economy|business)\b")


def scoped(m: re.Match, about: str) -> bool:
    """Whether the place or body named right after a figure ('in England', 'at Kesta Stores') says where
    it was measured, not named in its "about" yet: a place the gazetteer knows after 'in'; after 'at', a
    name, when the about names no owner (not 'at Christmas'; not 'at Zorba' after "Kesta's sales")."""
    name = m[2] if m[2] in PLACE_NAMES else m[2].rstrip(".,;:")  # ("the U.S.")
    canonical = PLACE_NAMES.get(name, name)
    if name.split()[0] in about or canonical.split()[0] in about:
        return False
    if m[1] == "in":
        return name in PLACE_NAMES
    first = plain(name.split()[0])
    return first not in HOLIDAYS and first not in MONTHS and first not in WEEKDAYS \
        and not any(w[:1].isupper() or "'" in w or "’" in w for w in about.split())


def converted_alike(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures, each amount converted in brackets measuring what the amount before it measures, as
    the later passes left it: '£2bn ($2.5bn) offer' and '9 trillion rupiah ($600m; £480m)' are one
    amount each, so one "about" (the first's, or the conversion's when the first has none)."""
    out = list(figures)
    order = sorted((i for i, f in enumerate(out) if not f.derived), key=lambda i: out[i].start)
    for i, j in zip(order, order[1:]):
        a, b = out[i], out[j]
        if a.unit != b.unit and MONEY_UNIT.fullmatch(a.unit) and MONEY_UNIT.fullmatch(b.unit) \
                and CONVERTED.fullmatch(text, a.end, b.start):
            if a.about:
                out[j] = b._replace(about=a.about)
            elif b.about:
                out[i] = a._replace(about=b.about)
    return out


MONEY_UNIT = Lazy(r"[A-Z]{3}")  # an ISO 4217 code, as money's units are


def earlier_alike(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures an amount is 'up from' or 'down from', given the owner of that amount's measure when
    they measure the same thing without it: 'Zorba earned $40m (£32m), down from $55m the year before'
    -> "Zorba's earnings the year before"."""
    out = list(figures)
    order = sorted((i for i, f in enumerate(out) if not f.derived), key=lambda i: out[i].start)
    primary, end = None, 0  # the amount a change is measured from, and where its conversions end
    for i in order:
        f = out[i]
        if primary is not None and CONVERTED.fullmatch(text, end, f.start):
            end = f.end + text.startswith(")", f.end)  # "$630m (£481.5m)": one amount
            continue
        owner = POSSESSIVE_OPEN.match(primary.about) if primary is not None else None
        if owner and not owner[1] and UP_FROM.fullmatch(text, end, f.start) \
                and measure_of(f.about).split()[:1] == measure_of(primary.about[owner.end():]).split()[:1]:
            f = out[i] = f._replace(about=owner[0] + f.about)
        primary, end = f, f.end
    return out


def elsewhere(sentence: str, country: str) -> bool:
    """Whether a sentence names another place or people, even inside a name ('the Bank of England',
    'central European states'), so that a nation's measure in it may not be `country`'s; a part of the
    country inside a name is the country's ('the Bank of England said UK home loans fell')."""
    return any(country not in (place, PART_OF.get(place))
               for place in (PLACE_NAMES.get(w) or DEMONYMS.get(w) or country for w in re.findall(r"[A-Z][a-z]+", sentence))) or EURO_AREA.search(sentence) is not None \
        or OTHER_NATIONS.search(sentence) is not None or COMPASS_REGION.search(sentence) is not None


PART_OF = {"England": "United Kingdom", "Scotland": "United Kingdom", "Wales": "United Kingdom"}  # nations of one state
OTHER_NATIONS = Lazy(r"\b(?:countries|nations|(?:[A-Z][a-z]+|member|other|several|many|all)\s+states)\b")
# ("save the poorest countries $2bn": theirs; "European states", "member states")
EURO_AREA = Lazy(r"\b(?:euro[ -]?zone|euro area)\b", re.I)  # many nations, no one's
COMPASS_REGION = Lazy(r"\b(?:the (?:North|South|East|West)(?:[- ]?(?:East|West))?|Midlands)\b")
# a region of the country ("the South West", "the East Midlands"): its measure is the region's


NATION_MEASURES = frozenset("""economic growth|growth|annual growth|economy|inflation|annual inflation|inflation rate
|imports|exports
|unemployment|unemployment rate|jobless rate|trade deficit|trade surplus|budget deficit|current account deficit
|tax revenues|industrial output|industrial production|manufacturing output|gdp
|gross domestic product|consumer spending|consumer prices|corporate investment|foreign investment
|public debt|national debt|public spending|government spending|foreign exchange reserves|foreign reserves
|foreign currency reserves|currency reserves
|retail sales|house prices|interest rates|consumer price index|retail price index|producer prices
|mortgage lending|mortgage approvals|average house price|base rate|base rates|car sales|new car sales
|business investment|household debt|consumer credit|consumer borrowing|average earnings|trade gap|budget surplus
|growth rate|economic growth rate|trade shortfall|vehicle sales|new vehicle sales|corporate tax|corporate tax rate
|corporation tax|deficit for goods|deficit in goods|trade deficit in goods|goods deficit|economic contraction
|private consumption|domestic demand|consumer demand|fixed asset investment|fixed-asset investment|investment in fixed assets
|average wages|monthly wages|average monthly wages|core producer prices|core inflation|core consumer prices|poverty levels
|poverty rate|borrowing costs|remittances|social spending|factory output|factory orders|industrial inventories
|foreign direct investment|tourism revenues|tourism revenue|money supply|wholesale prices|housing starts|jobless claims
|non-farm payrolls|personal income|disposable income|savings rate|current account surplus|fiscal deficit|government debt
|government borrowing|public borrowing|public sector borrowing|manufacturing activity|service sector activity
""".replace("\n", "").split("|"))  # (not "investment", "budget": a firm's too)
SELLERS = Lazy(r"\b(?:retailers|stores|shops|dealers|chains|outlets|sellers|carmakers|firms|companies)\b")
LEAD_MEASURES = sorted(m for m in NATION_MEASURES if " " in m and m.split()[-1] in ("sales", "prices", "lending", "spending",
                                                                                  "deficit", "surplus"))
# (a bare "sales" in an article led by "retail sales" is those: see lead_measure)


def nation_measure(about: str, headed: bool = False) -> int | None:
    """Where an "about" names a nation's measure without its country, the index of its first word: 0
    for 'economic growth in 2004', 2 for 'rise in imports'; else None. With `headed`, also any phrase
    ending on a nation's head ('record budget deficit', 'debt repayments') that names no firm's
    measure nor another holder."""
    words = measure_of(about).split()
    partner = TRADE_PARTNER.search(" ".join(words))
    words = words[:len(" ".join(words)[:partner.end(1)].split())] if partner else words  # ("deficit | with China")
    at = changed_at(words) or (2 if len(words) > 2 and plain(words[0]) == "share" and words[1] == "of" else 0)
    bare = " ".join(words[at:]).lower()  # ("rise in imports", "share of annual growth")
    bare = AS_A_SHARE.sub("", bare)  # "budget deficit as a share of GDP": the deficit
    bare = NATION_QUALIFIERS.sub("", bare)  # "overall unemployment rate", "seasonally adjusted inflation"
    bare = NATION_LEVEL.sub("", bare)  # "unemployment levels", "imports at a record low": the measure
    headed = headed and bare.split()[-1:] and bare.split()[-1] in NATION_HEADS and len(bare.split()) <= 4 \
        and not (set(bare.split()) - OUTPUT_HEADS & (FIRM_MEASURES | OWNED_OR_RELATIVE | _set("to for on")))
    return at if (bare in NATION_MEASURES or headed or STORE_SALES.fullmatch(bare)) \
        and not any(c.isupper() for c in " ".join(words).replace("GDP", "")) \
        and "'" not in about and "’" not in about else None  # (a month's capital names no owner: "rate in December")


STORE_SALES = Lazy(r"(?!same |like-for-like |comparable )(?:[a-z-]+ )+(?:store|shop|outlet) sales"
                   r"|sales (?:at|in|by) (?:[a-z-]+ )+(?:stores|shops|outlets|retailers)")
# a kind of retail sales: "furniture store sales", "sales at clothing stores" (a nation's, in an article about
# one; not "same store sales": a retailer's)
TRADE_PARTNER = Lazy(r"\b(deficit|surplus|exports|imports|trade) (?:with|to|from) (?:the )?[A-Z][\w.-]*(?: [A-Z][\w.-]*)*$")
OUTPUT_HEADS = _set("production output")  # a firm's measure too, but a nation's where the country outnumbers firms
NATION_LEVEL = Lazy(r" (?:levels?|at an? [\w-]+ (?:high|low|peak)|(?:rate )?target)$")  # ("economic growth rate target")
AS_A_SHARE = Lazy(r" as an? (?:share|percentage|proportion) of .*$")
NATION_QUALIFIERS = Lazy(r"^(?:(?:overall|official|headline|underlying|seasonally adjusted|adjusted|unadjusted|gross(?! domestic| national)|net|total"
                         r"|annual|annualised|annualized|quarterly|monthly|yearly|year-on-year) )+")  # ("annual growth rate")
NATION_ONLY = frozenset("""economic growth|inflation|annual inflation|inflation rate|unemployment|unemployment rate
|jobless rate|jobless|trade deficit|trade surplus|budget deficit|current account deficit|gdp|gross domestic product
|consumer prices|consumer spending|house prices|average house price|retail sales|interest rates|public debt
|national debt|mortgage approvals|mortgage lending|consumer price index|retail price index|trade shortfall""".replace("\n", "").split("|"))
# (measures no firm has, whichever body the article cites more)
NATION_HEADS = _set("""deficit deficits surplus borrowing debt repayments growth economy inflation unemployment
exports imports taxes gdp production output""")  # a nation's where its country outnumbers every firm (not "spending", "budget": anyone's)
PERSONAL = Lazy(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Tt]hey|[Tt]heir)\b")  # someone else the sentence is about


REPORTER = Lazy(rf"""\b([A-Z][\w&'’-]*){SP}+(?:has{SP}+|had{SP}+|also{SP}+)?(?:reported|posted|announced|made
  |earned|restated|recorded|booked|generated|achieved|suffered|expects|forecast|warned|blamed
  |(?:has|had){SP}+(?:a{SP}+)?(?:[a-z-]+{SP}+)?(?:sales|revenues?|turnover|profits?|earnings|losses|loss|debts?))\b""", re.X)
# (not "said": "The Orlo Times said the market made ..." is no report of the paper's own)
FIRM_MEASURES = _set("""sales profit profits revenue revenues turnover earnings loss losses shares debt debts
dividend dividends charge charges margin margins income assets cash output production orders bookings savings
write-down write-downs writedown writedowns capitalisation capitalization costs stock bill""")  # what a firm reports or owns; not "deal", "fine", "jobs", "bid": another's too
FIRM_MODIFIERS = _set("""pre-tax net operating annual quarterly interim final gross underlying total overall new
additional record full-year half-year first-half second-half fuel labour staff marketing restructuring one-time
previous current estimated first second third fourth quarter full year half expected forecast projected one-off
three six nine twelve month months three-month six-month nine-month 12-month profit cost tax back""")  # "profit margin"
# (not "retail sales", "car sales": a market's)
QUARTER = Lazy(r"(?:first|second|third|fourth)-quarter")


def changed_at(words: list[str]) -> int:
    """Where the measure starts in an about's words: 2 after a change and "in" ('rise in | sales'), else 0."""
    return 2 if len(words) > 2 and plain(words[0]) in CHANGE_NOUNS and words[1] == "in" else 0


def firm_measure(about: str, sentence: str, unit: str = "", segments: bool = False) -> int | None:
    """Where an "about" names a firm's measure written in its sentence without its owner, the index of
    its first word: 0 for 'pre-tax profits in 2004 (up)', 2 for 'rise in net profit', 0 for a count of
    the firm's people or shops ('passengers affected'); None for 'UK sales', "Next's sales", 'retail
    sales', 'profits of the group', and a measure the sentence does not name ('it made $12m' read as
    'profit'). With `segments`, also a measure of a part of the business ('railway revenue')."""
    words = measure_of(about).split()
    at = changed_at(words)
    words = without_tax_basis(words[at:])
    when = TIME_PHRASE.search(" ".join(words))  # "savings in the year to 30 June": when, not whose
    words = words[:len(" ".join(words)[:when.start(1)].split())] if when and when.start(1) else words
    if unit == "count" and firm_count(words, sentence):
        return at
    if len(words) > 2 and [plain(w) for w in words[-2:]] in PER_SHARE:
        words = words[:-2]  # "dividend per share": the firm's dividend
    tail = next((i for i, w in enumerate(words) if i and w in WHERE_PREPOSITIONS), len(words))
    head, complement = words[:tail], words[tail:]  # "sales outside the Gulf": where, not whose
    if len(head) > 1 and plain(head[-1]) == "growth" and plain(head[-2]) in FIRM_MEASURES:
        head = head[:-1]  # "annual sales growth": the firm's sales
    where = not complement or (plain(head[-1]) != "shares" and complement[-1][:1].isupper()
                               and all(w[:1].isupper() or w in COMPASS_WORDS for w in complement[1:]))
    sound = bool(head) and plain(head[-1]) in FIRM_MEASURES and not any(c in "'’" for c in about) \
        and not any(c.isupper() for c in " ".join(head)) and where \
        and all(w in FIRM_MODIFIERS or QUARTER.fullmatch(w) or YEAR.fullmatch(w) or (segments and segment(head, i))
                for i, w in enumerate(head[:-1])) \
        and head[-1].lower() in words_of(sentence)
    return at if sound else None


def segment(head: list[str], i: int) -> bool:
    """Whether head[i], the noun just before a firm's measure, names a part of the business: 'railway
    revenue', 'advertising sales' (not 'retail sales', 'house prices': a nation's)."""
    return i == len(head) - 2 and is_noun(head[i]) and head[i].isalpha() and plain(head[i]) not in MARKET_WIDE


MARKET_WIDE = _set("retail house home consumer world global market industry")  # a measure of all, not of one firm


def without_tax_basis(words: list[str]) -> list[str]:
    """A measure's words without the basis it is taken on: 'profits after tax for the year' -> 'profits for
    the year' (still the firm's profits)."""
    at = next((i for i in range(1, len(words) - 1) if plain(words[i]) in ("after", "before")
               and plain(words[i + 1]) in TAX_BASES), None)
    return words if at is None else words[:at] + words[at + 2:]


TAX_BASES = _set("tax taxes taxation interest")


def firm_count(words: list[str], sentence: str) -> bool:
    """Whether a count's measure is a firm's own people, shops or customers, named without an owner:
    'passengers affected', 'new customers added', 'workforce'; not 'jobs' (an economy's too)."""
    if [plain(w) for w in words[:2]] == ["people", "employed"]:
        return "by" not in words and "people" in words_of(sentence)  # "It employs 3,000 people": its staff
    k = next((i for i, w in enumerate(words[:3]) if plain(w) in FIRM_COUNTS), None)
    where = next((i for i, w in enumerate(words) if i and w in WHERE_PREPOSITIONS), len(words))
    return k is not None and not any(c.isupper() for c in " ".join(words[:where])) \
        and not any(c in "'’" for c in " ".join(words)) \
        and all(plain(w) in FIRM_MODIFIERS or "-" in w for w in words[:k]) and plain(words[k]) in words_of(sentence)
    # ("staff employed in Poland alone": a place where, not whose)


FIRM_COUNTS = _set("""workers staff employees workforce stores shops branches outlets passengers customers subscribers
policyholders""")  # a firm's own; not "jobs" nor "users", which markets and economies have too


def words_in(text: str) -> frozenset[str]:
    """The words of a text in lower case, hyphened ones whole and in parts: 'pre-tax', 'pre', 'tax'."""
    lower = text.lower()
    return frozenset(WORD_PART.findall(lower)) | frozenset(HYPHENED.findall(lower))


words_of = Memo(words_in, 64).__getitem__  # words_in, once a sentence: the firm rules ask it for every figure in it


WORD_PART = Lazy(r"\w+")
HYPHENED = Lazy(r"\w+(?:-\w+)+")
WHERE_PREPOSITIONS = _set("in outside across excluding")  # "sales in China", "sales outside western Europe"
COMPASS_WORDS = _set("the western eastern northern southern central")  # not "in shopping malls": a market's


THE_FIRM = Lazy(r"(?:\bthe (?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[a-z]+est) ){0,2}(?:[A-Z]{2,} )?"
                r"|^(?=\w+['’]s))(firm|club|company|bank|group|carrier|airline|retailer|insurer|chain|business)(?:('s|’s)|"
                      r"(?=$|[^\w ]| [A-Z(]| (?:[a-z]+ly|by|in|at|of|for|on|to|that|which|who|last|this) ))")
# the noun a phrase is of, or its owner; not a modifier: "the business | leaders"; "the third largest Orlo airline"
COMPANY_MODIFIER = Lazy(r"^(?:the )?(company) (?=(?:share price|shares|funds|profits?|revenues?|sales|debts?|accounts)"
                        r"\b)")
# "company funds", "the company share price": the firm's own


def local_currencies(figures: list[Figure], country: str) -> list[Figure]:
    """The figures with each bare shared currency name read as local_currency says, in order: a country
    named with a currency ('Danish kroner') holds for the bare name after it."""
    named_before, out = {}, []
    for f in figures:
        name, named = shared_currency(f.text)
        if named:
            named_before[name] = f.unit
        elif name and (country or name in named_before):
            f = local_currency(f, country, named_before)
        out.append(f)
    return out


def shared_currency(written: str) -> tuple[str, bool]:
    """('krone', True) for '3.4bn Danish kroner': the currency name several countries use, and whether
    a country is named with it; ('', False) for other amounts."""
    words = written.lower().split()
    name = words[-1] if words else ""
    name = name if name in LOCAL_CURRENCIES else name[:-1] if name[:-1] in LOCAL_CURRENCIES else ""
    return name, (len(words) > 1 and words[-2] in CURRENCY_COUNTRIES) or " ".join(words[-3:-1]) in CURRENCY_COUNTRIES


def owner_for(about: str, text: str, fig: Figure, end: int) -> str:
    """A measure borrowed from the figure before with the owner 'for' names after this one: 'Kesta's
    sales rose 5%, compared with 3% for Orlo' -> "Orlo's sales" (not Kesta's again)."""
    named = FOR_OWNER.match(text, fig.end, end)
    if not named or plain(named[1]) in MONTHS or plain(named[1]) in WEEKDAYS:
        return about
    owner = OWNER_FIRST.match(about)
    return f"{possessive(named[1])} {about[owner.end():]}" if owner else about  # (ownerless "bids | for Reid": a target)


FOR_OWNER = Lazy(rf"{SP}+for{SP}+(?:the{SP}+)?([{UPPER}][\w&-]*(?:{SP}[{UPPER}][\w&-]*){{0,3}})(?![\w'’])")
OWNER_FIRST = Lazy(r"^[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*(?:'s|’s|'|’) ")  # "Kesta Foods' sales": its owner


def extract_figures(text: str, sentences: list, vocab=(), names=frozenset()) -> list[Figure]:
    """Money amounts (ISO 4217 units), percentages, percentage points and counts in the sentences,
    normalised exactly, each with what it measures."""
    figures = []
    for k, sentence in enumerate(sentences):
        words = not WORD_AMOUNT_HINT.isdisjoint(LETTER_RUN.findall(text, *sentence))
        if not words and not DIGIT.search(text, *sentence):
            continue  # every figure has a digit or a word such as "million" or "dollars"
        pattern = FIGURE if words else DIGIT_FIGURE
        previous = None
        pos = sentence[0]
        while True:
            if pattern is DIGIT_FIGURE and not DIGIT.search(text, pos, sentence[1]):
                break  # (every amount it finds has a digit: no need to try it at each place left)
            m = pattern.search(text, pos, sentence[1])
            if m is None:
                break
            fig = read_figure(text, m, sentence, vocab, names)
            pos = max(m.end(), fig.end if fig else 0)
            if fig is None:
                continue
            fronted = share_of_fronted(text, sentence, fig) if fig.unit == "percent" else ""
            if fronted:
                fig = fig._replace(about=fronted)  # "Of Kesta's staff, 60% work in Leeds, 25% in York"
            elif previous is not None:
                about = about_from_previous(text, sentence, fig, previous)
                fig = fig if about is None or about == fig.about \
                    else fig._replace(about=owner_for(about, text, fig, sentence[1]))
            if fig.about and fig.unit != "count" \
                    and FROM_BEFORE.search(text, max(sentence[0], fig.start - 20), fig.start) \
                    and TO_FIGURE.match(text, fig.end, sentence[1]) and not EARLIER_TAG.search(fig.about):
                fig = fig._replace(about=earlier_level(DIRECTION_TAG.sub("", fig.about), text, sentence, fig))
                # "cut its growth forecast from 2.5% to 1.9%": the 2.5% is where it stood
            since = sentences[k - 1][0] if k else sentence[0]  # the last measure is named from here on
            if not fig.about:
                fig = fig._replace(about=fronted_at(text, sentence, fig))
            if not fig.about:
                fig = fig._replace(about=pronoun_change(text, sentence, fig, figures, since)
                                   or estimated_it(text, sentence, fig, since)
                                   or expected(text, sentence, fig, figures, since)
                                   or seen_before(text, sentence, fig, figures))
            elif fig.about and EXPECTED_BEFORE.search(text, max(sentence[0], fig.start - 50), fig.start):
                fig = fig._replace(about=forecast_about(text, sentence, fig, figures, since))
            elif fig.about and TARGET_BEFORE.search(text, max(sentence[0], fig.start - 50), fig.start) \
                    and not TARGET_WORD.search(fig.about):
                fig = fig._replace(about=aimed_at(fig.about))
            figures.append(fig)
            previous = fig
        if RESPECTIVELY.search(text, *sentence):
            figures = respectively(figures, sentence)
    return figures


RESPECTIVELY = Lazy(r"\brespectively\b")
TO_FIGURE = Lazy(rf"(?:{SP}+(?:mark|level))?{SP}+to{SP}+(?:[$£€¥]|[A-Z]{{1,2}}\$|\d)")  # "from 1.8% | to 0.8%"
PAIRED = Lazy(r"^(?P<lead>.*?)(?P<a>(?:the )?(?:[a-z-]+|[A-Z][\w-]*(?: [A-Z][\w-]*)*)) and "
              r"(?P<b>(?:the )?(?:[a-z-]+|[A-Z][\w-]*(?: [A-Z][\w-]*)*))(?P<tail>(?: [a-z].*?)?)"
              r"(?P<tag> \((?:up|down)\))?$")
# "spending on | health | education", "prices in | the North | Wales"


def respectively(figures: list[Figure], sentence: tuple) -> list[Figure]:
    """Two figures of one sentence that 'respectively' gives to the two nouns their measure joins:
    'Spending on roads and parks will fall by 3% and 5% respectively' -> 'spending on roads
    (down)' and 'spending on parks (down)'. Anything else stays as it is."""
    here = [i for i, f in enumerate(figures) if sentence[0] <= f.start < sentence[1] and not f.derived]
    if len(here) != 2:
        return figures
    first, second = (figures[i] for i in here)
    pair = PAIRED.match(first.about)
    if not pair or first.unit != second.unit \
            or DIRECTION_TAG.sub("", second.about) != DIRECTION_TAG.sub("", first.about):
        return figures
    tag = pair["tag"] or ""
    out = list(figures)
    out[here[0]] = first._replace(about=f"{pair['lead']}{pair['a']}{pair['tail']}{tag}")
    out[here[1]] = second._replace(about=f"{pair['lead']}{pair['b']}{pair['tail']}{tag}")
    return out


PRONOUN_CHANGE = Lazy(rf"""\b(?:[Ii]t|[Tt]hey|[Tt]hat|[Tt]his|(?P<figure>[Tt](?:he|hat|his){SP}+figure))((?:{SP}+[a-z]+){{1,5}}?)
    (?:{SP}+by)?(?:{SP}+(?:about|around|almost|nearly|some|roughly|just|a{SP}+further))?{SP}+$""", re.X)
PRONOUN_AUXILIARIES = COPULAS | AUXILIARY_VERBS | _set("has have had also then still been later now set expected likely "
                                                        "due forecast to be")  # "it has still fallen", "it is set to slip"


def pronoun_change(text: str, sentence: tuple, fig: Figure, figures: list, since: int) -> str:
    """'Orders dipped 2% but they rose 15% on the year' -> 'orders (up)': a change whose
    subject is 'it', 'they' or 'that', or any value of 'the figure', is of the last measure named in this
    sentence or the one before ('' if none)."""
    m = PRONOUN_CHANGE.search(text, max(sentence[0], fig.start - 60), fig.start)
    chain = m[2].split() if m else []
    level = len(chain) > 1 and chain[-1] in LEVEL_LINKS and (is_verb(chain[-2]) or chain[-2] in PAST_TENSES)
    if level:
        chain = chain[:-1]  # "it fell to 5.2%", "this has been cut to 5bn euros": a level, no change
    if not chain or fig.unit == "count" or not all(w in PRONOUN_AUXILIARIES for w in chain[:-1]):
        return ""
    verb, after = chain[-1], COMPARED.match(text, fig.end, sentence[1])
    direction = "" if level else "up" if verb in RISE_WORDS or verb in ADDED else "down" if verb in FALL_WORDS \
        else COMPARATIVES[after[1]] if after and verb in PRONOUN_AUXILIARIES else ""
    that = m[0].split()[0].lower() in ("that", "the", "this")  # "That was 26% more": a count's too
    last = figures[-1] if figures and figures[-1].start >= since and (figures[-1].unit != "count" or that) else None
    named = named_measure(text, last.end if last else since, m.start())
    measure = named if named and not (last and named in last.about) else measure_of(last.about) if last else ""
    # ("output rose 1%. The jobless rate is improving: it is set to"; not "5% of the workforce ... the figure")
    if measure.startswith("value of the "):  # (an exchange rate's value is the other currency's: "it lost 7%" is
        currency = CURRENCY_SUBJECT.match(text, since)  # the dollar's, when the sentence before opens with it)
        measure = f"value of the {currency[1]}" if currency and plain(currency[1]) in CURRENCY_NAMES else ""
    if not (direction or level or m["figure"]) or not measure:
        return ""
    return f"{measure} ({direction})" if direction else measure


CURRENCY_SUBJECT = Lazy(rf"{SP}*The{SP}+(?:US{SP}+|single{SP}+)?([a-z]+)\b")  # "The rand has fallen steeply"


LEVEL_LINKS = _set("to at below above")


def estimated_it(text: str, sentence: tuple, fig: Figure, since: int) -> str:
    """'Figures for the literacy rate differ, but we estimate it at 60%' -> 'literacy rate (estimated)':
    the measure an estimate puts 'it' at is the last one named before 'it', in this sentence or the one
    before; else ''."""
    it = ESTIMATED_IT.search(text, max(sentence[0], fig.start - 60), fig.start)
    words = text[since:it.start(1)].split() if it else []
    i = max((i for i, w in enumerate(words) if plain(w) in MEASURE_NOUNS and w[:1].islower()), default=-1)
    j = i
    while j > 0 and (is_noun(words[j - 1]) or words[j - 1].endswith(("'s", "’s"))) and words[j - 1][-1:] not in ",;:":
        j -= 1  # "Figures for | Orlo's literacy rate"
    measure = " ".join(words[j:i + 1]).rstrip(",;:") if i >= 0 else ""
    return f"{measure} (estimated)" if measure else ""


ESTIMATED_IT = Lazy(rf"\b(?:estimates?|estimated|puts?|reckons?|believes?|expects?){SP}+(it|them){SP}+(?:to{SP}+be{SP}+|at{SP}+)?"
                    rf"(?:(?:between|about|around|nearly|almost|roughly|some){SP}+)?$")


def named_measure(text: str, since: int, at: int) -> str:
    """The last measure named, without a figure, between `since` and a pronoun at `at` ('The jobless
    rate fell in May. The office said it dropped to 5.2%' -> 'jobless rate'), or ''."""
    words = text[since:at].split()
    i = max((i for i, w in enumerate(words) if plain(w) in MEASURE_NOUNS and w[:1].islower()
             and not (i + 1 < len(words) and plain(words[i + 1]) in ("of", "for"))), default=-1)
    phrase = noun_phrase_before(words[:i + 1]) if i >= 0 else []
    phrase = phrase[max((j + 1 for j, w in enumerate(phrase[:-1]) if w[-1:] in ",;:"), default=0):]  # ("Globally,")
    while phrase and plain(phrase[0]) in DETERMINERS:
        phrase = phrase[1:]
    if not phrase or not all(is_noun(w) or w[:1].isupper() or w.endswith(("'s", "’s")) for w in phrase):
        return ""
    first = phrase[0] if phrase[0][1:].islower() and plain(phrase[0]) not in PLACE_NAMES else phrase[0].lower()
    return " ".join([first if phrase[0][:1].islower() else phrase[0]] + phrase[1:]).rstrip(",.;:")


EXPECTED_AFTER = Lazy(rf"""{SP}+(?:(?:widely|had|has|been|previously|originally|earlier){SP}+)*
    (?:expected|forecast|predicted|projected)\b
  | {SP}+(?:which|that){SP}+(?:[\w'’.-]+{SP}+){{1,4}}?(?:(?:had|has|have){SP}+)?(?:expected|forecast|predicted|projected)\b""", re.X)
EXPECTED_BEFORE = Lazy(rf"""(?<!than-)(?<!than{SP})\b(?:expected|forecast|forecasts|predicted|predictions|expectations|estimates)
    (?:{SP}+of)?(?:{SP}+a{SP}+(?:figure|result|profit|loss))?(?:{SP}+(?:closer|nearer|close){SP}+to|{SP}+(?:around|about))?{SP}+$""", re.X)


def seen_before(text: str, sentence: tuple, fig: Figure, figures: list) -> str:
    """'sales reached £7m, against the £6m recorded a month earlier' -> 'sales a month earlier': a value
    seen, recorded or reported at another time, of the last measure named in its sentence ('' if none)."""
    seen = SEEN_AFTER.match(text, fig.end, sentence[1])
    last = next((f for f in reversed(figures) if f.start >= sentence[0] and f.unit == fig.unit and f.about), None)
    measure = re.sub(r" (?:forecasts?|expected)$", "", ACTOR_TAG.sub("", measure_of(last.about))) if seen and last else ""
    measure = measure.removeprefix("expected ")  # (a value seen at another time is no forecast)
    if plain(measure.split()[-1] if measure else "") in VAGUE_HEADS | _set("high low record"):
        return ""  # ("stayed strong ... short of the high of 12% recorded in 2019": no measure named)
    return f"{measure} {' '.join(seen[1].split())}" if measure else ""


SEEN_AFTER = Lazy(rf"{SP}+(?:seen|recorded|reported|registered|posted){SP}+((?:in|during|over|a|the|last)\b[^,.;:()]{{0,40}})")


def expected(text: str, sentence: tuple, fig: Figure, figures: list, since: int) -> str:
    """'sales were $4m, but analysts had expected $5m' -> 'sales forecast': a value
    expected of the last measure in this sentence or the one before ('' if none)."""
    if not (EXPECTED_AFTER.match(text, fig.end, sentence[1]) and DETERMINER_BEFORE.search(text, sentence[0], fig.start)
            or EXPECTED_BEFORE.search(text, max(sentence[0], fig.start - 50), fig.start)):
        return ""
    last = next((f for f in reversed(figures) if f.start >= since and f.unit == fig.unit and f.about), None)
    measure = measure_of(last.about) if last else ""
    return f"{measure} forecast" if measure and not measure.endswith(("forecast", "forecasts")) else ""


FRONTED_AT = Lazy(rf"""[\"“‘]?(?:(?:And|But){SP}+)?(?P<priced>[Pp]riced{SP}+)?[Aa]t
    {SP}+(?:(?:a{SP}+mere|just|about|only|around){SP}+)?""", re.X)  # "Priced at £85, the player ..."
AMOUNT_SIGN = Lazy(r"[$£€¥%]")
SUBJECT_AFTER = Lazy(rf""",{SP}+(?:the{SP}+)?((?:[\w'’-]+{SP}+){{0,3}}?[\w'’-]+)
    {SP}+(?:is|are|was|were|remains|remained|stands|stood|has|had|goes|will|would|costs?|sells?)\b""", re.X)


def fronted_at(text: str, sentence: tuple, fig: Figure) -> str:
    """'At 4%, unemployment is still near its low' -> 'unemployment'; 'Priced at £85, the player goes
    on sale' -> 'price of player': a figure that opens its sentence with 'at' is of the subject after it."""
    front = FRONTED_AT.fullmatch(text, sentence[0], fig.start)
    subject = front and SUBJECT_AFTER.match(text, fig.end, sentence[1])
    if not subject or plain(subject[1]) in PRONOUNS or AMOUNT_SIGN.search(subject[1]):
        return ""  # (not "At £5, it is cheap"; a title's number is no amount: "Metal Slug 3")
    money = fig.unit not in ("percent", "points", "count")
    return f"price of {subject[1]}" if money else subject[1]


def forecast_about(text: str, sentence: tuple, fig: Figure, figures: list, since: int) -> str:
    """A figure after 'expectations of' or 'forecasts of' is a forecast: 'under expectations of 40,000 new
    hires' -> 'hires forecast'; 'ahead of forecasts of £38m' -> 'pre-tax profits forecast'."""
    if FORECAST_WORD.search(fig.about):  # "ahead of forecasts": the last measure's forecast, if one is named
        return expected(text, sentence, fig, figures, since) or fig.about
    tag = DIRECTION_TAG.search(fig.about)
    return f"{DIRECTION_TAG.sub('', fig.about)} forecast{tag[0] if tag else ''}"


def aimed_at(about: str) -> str:
    """A figure after 'a target of' is the target, not the result: 'missed its target of a 2% cut in
    costs' -> 'cut in costs target'."""
    tag = DIRECTION_TAG.search(about)
    return f"{DIRECTION_TAG.sub('', about)} target{tag[0] if tag else ''}"


TARGET_BEFORE = Lazy(rf"""\b(?:(?:target|goal)s?(?:{SP}+of)?|aim(?:{SP}+(?:of|for))?)(?:{SP}+an?)?
    (?:{SP}+(?:around|about|some|at{SP}+least)|{SP}+between)?{SP}+$""", re.X)  # "its target of a", "a goal of at least"; not "targets for $5" (a price)
TARGET_WORD = Lazy(r"\b(?:target|targets|goal|goals|aim|aims|ceiling)\b")
FORECAST_WORD = Lazy(r"\b(?:forecasts?|expect\w*|estimates?|predict\w*)\b")
DETERMINER_BEFORE = Lazy(rf"\b(?:the|a)(?:{SP}+(?:widely|previously|originally|earlier))?{SP}+$")
POSSESSOR_BEFORE = Lazy(rf"(?:,|\band)(?:{SP}+the)?{SP}+((?:[A-Z][\w.&-]*{SP}+)*[A-Z][\w.&-]*(?:'s|’s|s'|s’)){SP}+$")
OWNER_JUST_BEFORE = Lazy(rf"\b((?:[A-Z][\w.&-]*{SP}+)*[A-Z][\w.&-]*(?:'s|’s|s'|s’)){SP}+$")  # "Zorba's | $3bn"
POSSESSIVE_OPEN = Lazy(r"(cost of )?(?:[A-Z][\w.&-]* (?:(?:of|and|&) (?=[A-Z]))?)*[A-Z][\w.&-]*(?:'s|’s|s'|s’) ")
# "Labour's campaign", "Zorba Telecom of Norway's fee"
ACTOR_TAG = Lazy(r" \([^()]*\)$")  # "spending (Gamers)": who acted, not what changed
COMPARED_THAN = Lazy(rf"{SP}+({'|'.join(COMPARATIVES)}){SP}+(?:than|on)\b")  # "9% higher than in 2018"
COMPARED = Lazy(rf"{SP}+({'|'.join(COMPARATIVES)})\b")
GROUP_BREAKS = _set("who that which whose")
OF_FRONTED = Lazy(rf"[\"“‘(]*(?:Of|Among){SP}+(?:the{SP}+)?([^,;:\n]{{3,60}}?),{SP}")  # "Of the firm's owners,"


def share_of_fronted(text: str, sentence: tuple, fig: Figure) -> str:
    """'Of Kesta's staff, 60% work in Leeds, 25% in York': each percentage is a share of the
    group the sentence opens with, and of those in the place after it; a share of people that says
    what they did, of a short and plain group ('Among the nurses, 40% said they were likely to
    quit' -> 'share of nurses likely to quit'; not 'Of the 9 million that were ...', 'Of those,');
    '' when the sentence opens otherwise or the figure's about says more."""
    front = OF_FRONTED.match(text, sentence[0], fig.start)
    if not front or (fig.about and (not fig.about.startswith("share ") or fig.about.startswith("share of "))):
        return ""
    if fig.about:
        group = front[1].split()
        plain_group = len(group) <= 4 and front[1] not in ("these", "those", "rest", "them", "others") \
            and not any(plain(w) in GROUP_BREAKS or w[:1].isdigit() for w in group)
        return f"share of {front[1]} {fig.about[len('share '):]}" if plain_group else ""
    where = WHERE_AFTER.match(text, fig.end, sentence[1])
    place = where[1].rstrip(".") if where and not INITIALS.match(where[1].split()[-1]) else where[1] if where else ""
    return f"share of {front[1]}" + (f" in {place}" if place else "")


def earlier_level(measure: str, text: str, sentence: tuple, fig: Figure) -> str:
    """A measure as the level a change starts from: 'previous sales', "Zorba's previous sales"; 'current'
    for a change still to come ('could cut it to 20% from 28%')."""
    then = "current" if MODAL_BEFORE.search(text, sentence[0], fig.start) \
        or CURRENT_BEFORE.search(text, max(sentence[0], fig.start - 30), fig.start) else "previous"
    return with_level(measure, then)


CURRENT_BEFORE = Lazy(r"\b(?:current|present)\s+$")  # "from its present 6.5% mark": where it stands now


def with_level(measure: str, level: str) -> str:
    """A measure with a word for its level put after its owner: "the club's previous turnover",
    "Zorba's expected margins"."""
    words = measure.split()
    head = next((i for i, w in enumerate(words) if i and plain(w) in PREPOSITIONS), len(words))
    owner = next((i + 1 for i in range(min(head, len(words) - 1, 6) - 1, -1, -1)
                  if words[i].endswith(("'s", "’s", "s'", "s’"))), 0)  # (not "goal for Kesta's | share price")
    return " ".join(words[:owner] + [level] + words[owner:])


def sibling_of(bare: str, measure: str, unit: str, previous_unit: str) -> str:
    """'copper' after 'nickel prices' -> 'copper prices': a bare noun listed after a measure that is one
    modifier and its head names that measure of the noun; else ''."""
    words = measure.split()
    if unit != previous_unit or len(words) != 2 or " " in bare or not bare.isalpha() or not bare.islower() \
            or not words[0].isalpha() or not words[0].islower() or plain(words[1]) not in MEASURE_NOUNS \
            or measured(bare) or plain(bare) in WHEN_NOUNS or is_verb(bare) or plain(bare) in CHANGE_NOUNS \
            or plain(bare) == "improvement":
        return ""  # (a change is no sibling: "a $40m improvement" is not an "improvement profit")
    return f"{bare} {words[1]}"


REPORTED_BY = Lazy(rf"""{SP}+(?:announced|reported|posted|made|earned|recorded|booked|unveiled){SP}+by
  {SP}+(?:[a-z-]+{SP}+){{0,2}}(?P<name>[A-Z][\w&.'’-]*(?:{SP}[A-Z][\w&.'’-]*){{0,3}})""", re.X)
  # "the $204m reported by rival Zelco": the same measure, Zelco's


WHICH_COULD_REACH = Lazy(rf"""[\])]?,{SP}+which{SP}+(?:(?:it|they|analysts|[A-Z][\w&-]*){SP}+(?:said|says|expects?|believes?
    |hopes?|predicts?|forecasts?){SP}+)?(?:could|would|will|may|might|should|is{SP}+(?:expected|forecast|set|likely){SP}+to)
    {SP}+(?:\w+ly{SP}+)?(?:reach|hit|top|rise{SP}+to|fall{SP}+to|climb{SP}+to|grow{SP}+to|increase{SP}+to)
    (?:{SP}+(?:about|around|nearly|almost|over|more{SP}+than))?{SP}+""", re.X)  # ", which it said could reach"


def timed_only(phrase: str) -> bool:
    """Whether a phrase is a time and nothing more: ' in 2004', not ' in December sales'."""
    when = TIME_PHRASE.match(phrase)
    return bool(when) and not phrase[when.end():].strip()


MOVING_TO = Lazy(rf"(?:,|\bbefore|\band|\bthen){SP}+(?:then{SP}+)?([a-z]+ing){SP}+(?:back{SP}+)?to{SP}+$")
# "..., slipping to", "before recovering to": the figure before's measure goes on moving


def about_from_previous(text: str, sentence: tuple, fig: Figure, previous: Figure) -> str | None:
    """What a figure measures when the figure before it in its sentence says it (or None to keep its
    own): a conversion or another value of one measure ('$1bn (£0.5bn)', 'from $1bn', 'another $2m',
    '... to 5.2% from 5.8%'), its change ('revenue was $3m, up 4%'), or the measure a bare
    change noun is of ('sold 90,000 bikes, an increase of 6%')."""
    measure = measure_of(previous.about).removeprefix("expected ")  # (another value of it is no forecast of it)
    reporter = fig.unit == previous.unit and REPORTED_BY.match(text, fig.end, sentence[1])
    if reporter and measure and text[max(sentence[0], fig.start - 4):fig.start].lower() == "the " \
            and not any(w.endswith(("'s", "’s", "s'", "s’")) for w in previous.about.split()):
        return f"{possessive(reporter['name'].rstrip('.'))} {DIRECTION_TAG.sub('', previous.about)}"
        # "its $3m profit for the year ... the $8m reported by rival Zelco": Zelco's profit for the year
    stuff = previous.unit == "count" and STUFF_AFTER.match(text, previous.end)  # "2 million tonnes | of wheat, up 6%"
    change = (not fig.about or stuff) and CHANGE_AFTER.fullmatch(text, stuff.end() if stuff else previous.end, fig.start)
    if change:
        return f"{measure} ({change[1]})" if measure else None
    bare, told = measure_of(fig.about), DIRECTION_TAG.sub("", fig.about)  # "fall in December (down)" -> "fall"
    when = told[len(bare):] if told.startswith(bare) else ""  # and its time kept
    if measure and plain(bare) in CHANGE_NOUNS and " " not in bare and fig.unit in ("percent", "points") \
            and plain(measure.split()[0]) not in CHANGE_NOUNS and plain(bare) not in measure.lower().split() \
            and plain(bare) != plain(measure) and fig.start - previous.end < LINK_GAP \
            and not NEW_CLAUSE.search(text, previous.end, fig.start):  # not "..., while Zelmar's sales rose 4%"
        done = VERB_TAG.search(previous.about)
        done = "" if not done or DIRECTION_TAG.match(done.group()) else " " + done.group()[2:-1]
        return f"{bare} in {measure}{done}{when} ({CHANGE_NOUNS[plain(bare)]})"  # "increase in vehicles sold"
    words, told = fig.about.split(), DIRECTION_TAG.sub("", previous.about).removeprefix("expected ")
    if words and plain(words[0]) in CHANGE_NOUNS and "in" not in words and fig.unit == previous.unit \
            and told.startswith(f"{plain(words[0])} in ") and not timed_only(told[len(words[0]):]) \
            and fig.start - previous.end < LINK_GAP:  # (not "growth in 2004": a time, not what grew)
        rest = words[1 + (len(words) > 1 and plain(words[1]) in SEEN):]  # "the 2% rise recorded a year before"
        return " ".join([told] + rest)  # -> "rise in May sales a year before"
    moving = fig.unit == previous.unit and measure and MOVING_TO.search(text, previous.end, fig.start)
    own = measure_of(fig.about).split()
    if moving and plain(moving[1]) in RISING | FALLING and measured(measure.split()[-1]) \
            and not (own and measured(own[-1])) and not any(is_verb(w) or plain(w) in COPULAS for w in text[previous.end:moving.start(1)].split()):
        when = TIME_PHRASE.match(text, fig.end, sentence[1])  # "growth of 2% in 2019, slipping to 1.5% next year"
        kind = next((k for k in ("expected ", "planned ", "possible ") if previous.about.startswith(k)), "")  # (a forecast's)
        return f"{kind}{DIRECTION_TAG.sub('', measure)}" + (f" {' '.join(when[1].split())}" if when else "")
    if not fig.about and measure and fig.unit == previous.unit and WHICH_COULD_REACH.fullmatch(text, previous.end, fig.start):
        when = TIME_PHRASE.match(text, fig.end, sentence[1])  # "margins were 8%, which analysts expect will hit 9%"
        return with_level(DIRECTION_TAG.sub("", measure), "expected") + (f" {' '.join(when[1].split())}" if when else "")
    generic = DIRECTION_TAG.sub("", fig.about).split()
    if len(generic) > 1 and all(plain(w) in GENERIC_TOTALS for w in generic) and plain(generic[-1]) == "total" \
            and measure and fig.start - previous.end < LINK_GAP:
        tag = DIRECTION_TAG.search(fig.about)  # "Norway's imports totalled $2bn in May, taking the annual
        total = measure if measure.startswith(" ".join(generic)) else f"{' '.join(generic)} of {TIME_TAIL.sub('', measure)}"
        return total + (tag[0] if tag else "")  # total up 6% to $20bn": both the annual total of the imports
    estimate = generic and plain(generic[-1]) in ESTIMATES and len(generic) <= 2 and measure and fig.unit == previous.unit \
        and not any(plain(w) in ESTIMATES for w in measure.split())
    if estimate:  # "growth in 2019 was 2%, below an earlier estimate of 2.4%": an estimate of that growth
        return f"{' '.join(generic)} of {DEED_TAG.sub('', measure)}"  # (whose deed it was: the owner passes say)
    part = not fig.about and measure and fig.unit == previous.unit and OF_THEM.match(text, fig.end, sentence[1])
    if part:  # "£5m in pledges ..., with about £1m of them from companies": some of those
        rest = text[part.end():sentence[1]].split()[:ABOUT_WORDS]
        run = noun_run(rest[1:], names=True) if rest and plain(rest[0]) in ("from", "in", "on", "for") else []
        source = [w.rstrip(",.;:") for w in rest[:1] + run] if run else []
        return " ".join([DIRECTION_TAG.sub("", measure)] + source)
    if not fig.about and (OR_RESTATED.fullmatch(text, previous.end, fig.start)
                          or CONVERTED.fullmatch(text, previous.end, fig.start)):
        return previous.about  # "up 7p, or 2.1%", "£2.1bn ($3.9bn) in 2019": the same amount, said again
    if DASH_OPEN.fullmatch(text, previous.end, fig.start) and DASH_OPEN.match(text, fig.end) and previous.about:
        return previous.about  # "fell 8p - 2% - in London": the same change, set off by dashes
    owner = not fig.about and fig.start - previous.end < LINK_GAP \
        and POSSESSOR_BEFORE.search(text, max(sentence[0], fig.start - 40), fig.start)
    owned = owner and POSSESSIVE_OPEN.match(previous.about)
    if owned and len(previous.about) > owned.end():
        return f"{owned[1] or ''}{owner[1]} {previous.about[owned.end():]}"  # "The Reds' adverts cost £2m, the Blues' £0.5m"
    sibling = sibling_of(bare, measure, fig.unit, previous.unit)
    if sibling and fig.start - previous.end < LINK_GAP \
            and not determined(text[previous.end:fig.start].split(), bare.split()):
        # (a listed noun, not "... and took a charge of £2m")
        return f"{sibling}{fig.about[len(bare):]}"  # "Tin prices rose 12%, with zinc up 9%" -> "zinc prices (up)"
    rate = fig.about in ANNUAL_RATES and APPOSED_RATE.fullmatch(text, previous.end, fig.start)
    if rate and measure:  # "Sales rose 0.5%, at an annual pace of 2%"
        direction = DIRECTION_TAG.search(previous.about)
        return f"{measure} at an {fig.about}{direction[0] if direction else ''}"
    compared = not fig.about and COMPARED_THAN.match(text, fig.end, sentence[1])
    between = text[previous.end:fig.start].split()
    tail = text[previous.end:fig.start].rsplit(",", 1)[-1].split()  # what comes after the last comma
    if compared and measure and ("," in text[previous.end:fig.start] or between[-1:] == ["and"]) \
            and not any(is_verb(w) and plain(w) not in COMPARATIVES for w in tail):
        return f"{ACTOR_TAG.sub('', measure)} ({COMPARATIVES[compared[1]]})"  # "3m tonnes of rice in 2019, 9% more than"
    where = PLACE_AFTER.match(text, fig.end, sentence[1])
    if measure and not fig.about and where and LISTED_AFTER.fullmatch(text, previous.end, fig.start):
        return f"{PLACE_TAIL.sub('', measure)} in {where[1]}"  # "9% in the North, 7% in the Gulf and ..."
    ranked = RANKED_BEFORE.fullmatch(text, previous.end, fig.start)
    if measure and not fig.about and ranked and fig.unit == previous.unit:
        plain_measure = SUPERLATIVE.sub("", RANKED_TAIL.sub("", PLACE_TAIL.sub("", measure)))
        return f"{plain_measure} in {ranked[1]}"  # "fastest growth at 9%, then Kent on 7%" -> "growth ... in Kent"
    linked = fig.start - previous.end < LINK_GAP and LINKED_BEFORE.search(
        text, max(sentence[0], fig.start - 30), fig.start)  # "... to 5.2% from 5.8% and 6.1%"
    own_clause = not fig.about or not CLAUSE_EDGE.search(text, previous.end, fig.start)
    before = max(sentence[0], fig.start - 20)
    earlier = own_clause and FROM_BEFORE.search(text, before, fig.start)
    closed = text.startswith(")", previous.end)  # "made $40m (£32m) last year, down from $55m"
    reverted = (fig.unit == previous.unit or closed) and UP_FROM.fullmatch(text, previous.end + closed, fig.start)
    # "widened by 6%, up from 5.5% the year before": the same measure's earlier value, whatever its clause says
    if (not fig.about and (fig.start - previous.end < 4 or linked)) or (own_clause and (
            earlier or ANOTHER_BEFORE.search(text, before, fig.start))) or (reverted and measure):
        return another_value(text, sentence, fig, previous, measure, where, bool(earlier or reverted))
    return None if fig.about else level_or_going_on(text, sentence, fig, previous, measure)


def determined(words: list[str], phrase: list[str]) -> bool:
    """Whether `words` hold `phrase` after 'a', 'an', 'the', 'its' or 'their' ('took a charge of')."""
    n = len(phrase)
    return any(plain(words[i]) in ("a", "an", "the", "its", "their") and
               [w.strip(EDGE_PUNCT) for w in words[i + 1:i + 1 + n]] == phrase for i in range(len(words) - n))


def another_value(text: str, sentence: tuple, fig: Figure, previous: Figure, measure: str, where, earlier: bool) -> str:
    """Another value of the figure before's measure, with its own time, place or owner: '... from $2.5bn'
    -> 'previous revenue'; 'compared to May's £2.1m' -> 'lending in May'; 'compared to Zorba's
    $3bn' -> "Zorba's stock market capitalisation"."""
    before = max(sentence[0], fig.start - 20)
    when = TIME_PHRASE.match(text, fig.end + len(CONVERSION_AFTER.match(text, fig.end, sentence[1])[0]), sentence[1])
    whose = POSSESSIVE_TIME.search(text, before, fig.start)  # "compared to May's £2.1m"
    own = f" {' '.join(when[1].split())}" if when else f" in {where[1]}" if where else \
        f" {'in ' * (whose[1][:1].isupper() or whose[1][:1].isdigit() or whose[1].startswith('the'))}{whose[1]}" \
        if whose else ""
    measure = PLACE_TAIL.sub("", measure) if where and not when else measure
    if earlier and not own and measure and fig.unit == previous.unit != "count":  # "climbed 4% to $2.6bn from $2.5bn"
        return earlier_level(measure, text, sentence, fig)
    other = OWNER_JUST_BEFORE.search(text, max(sentence[0], fig.start - 40), fig.start)
    first = POSSESSIVE_OPEN.match(measure)
    if other and first and other[1] != first[0].strip():
        measure = f"{first[1] or ''}{other[1]} {measure[first.end():]}"  # "Kesta's ... compared to Zorba's $3bn"
    if EARLIER_TIME.search(own):
        measure = re.sub(rf"{SP}+(?:19|20)\d\d\b", "", measure)  # "fourth-quarter 2004 profits" a year earlier: not 2004's
    return timed(measure, own) if measure else ""


EARLIER_TIME = Lazy(r"\b(?:earlier|ago|before)$")


def level_or_going_on(text: str, sentence: tuple, fig: Figure, previous: Figure, measure: str) -> str | None:
    """The measure of the figure before, for a figure with none of its own that is that measure's level
    ('shares rose 2.1% at 340p', 'at $12 each') or where its subject goes on ('..., before bouncing back to
    end 9% down'); else None."""
    if AT_LEVEL.fullmatch(text, previous.end, fig.start):
        if measure and " " not in measure and EACH_AFTER.match(text, fig.end) and fig.unit not in ("percent", "points"):
            return f"price of each {singular(measure)}"  # "issued 2 million bonds at $12 each"
        return measure or None  # the level a change reached: "shares rose 2.1% at 340p"
    go_on = CONTINUED.fullmatch(text, previous.end, fig.start)
    if go_on and measure and go_on["verb"] in GOING_ON:
        verb, after = go_on["verb"], COMPARED.match(text, fig.end, sentence[1])
        direction = "" if go_on["level"] else "up" if verb in RISING else "down" if verb in FALLING \
            else COMPARATIVES[after[1]] if after else ""
        closing = " at the close" if verb in CLOSING and go_on["level"] else ""  # "jumped to $41.20 before closing at $40.95"
        return f"{measure}{closing} ({direction})" if direction else measure + closing  # "..., before bouncing back to end 9% down"
    return None


# The same subject going on to another figure: "gained 2% in early trade, then closed 0.5% lower",
# "fell to 90p, before bouncing back to end 9% down", "grew 7% on the year to reach £40m".
CONTINUED = Lazy(rf"""(?:{SP}+(?:early|late|[a-z]+ly))?(?:{SP}+(?:on|in|from|after|during|over)(?:{SP}+[\w'’-]+){{1,4}}?)?  # "on the news"
    ,?{SP}+(?:(?:before|after|then|and|having){SP}+)?(?:[a-z]+ing(?:{SP}+(?:back|up|down|off))?{SP}+)?
    (?:to{SP}+)?(?P<verb>[a-z]+)(?:{SP}+(?:on{SP}+)?(?i:{'|'.join(WEEKDAYS)}))?
    (?:{SP}+(?:up|down|by|about|around|nearly|almost|some|just))*(?P<level>{SP}+at)?{SP}+""", re.X)
ENDING = _set("""close closed closing end ended ending finish finished finishing trade traded trading settle settled
settling reach reached reaching hit hitting stand stood standing top topped topping touch touched touching""")
EACH_AFTER = Lazy(rf"{SP}+each\b")


def singular(noun: str) -> str:
    """'shares' -> 'share', 'aircraft' -> 'aircraft': a plural noun's singular, for 'each'."""
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


CLOSING = _set("close closed closing end ended ending finish finished finishing")
RISING = RISE_WORDS | _set("""rising climbing jumping gaining surging soaring rallying recovering advancing rebounding
widening expanding rocketing increasing growing""")
FALLING = FALL_WORDS | _set("losing slipping plunging shedding easing")
GOING_ON = ENDING | RISING | FALLING - _set("up down")


LINK_GAP = 60  # characters between two figures linked as one measure's values
ANNUAL_RATES = ("annual rate", "annualised rate", "annualized rate", "annual pace")
APPOSED_RATE = Lazy(rf",?{SP}+(?:an?|at{SP}+an?){SP}+(?:annual|annualised|annualized){SP}+(?:rate|pace){SP}+of{SP}+")
CONVERTED = Lazy(rf"(?:{SP}+(?:a|an|per){SP}+(?:year|annum|month|week|day|head|person|share))?{SP}*[(;]{SP}*"
                 rf"(?:(?:about|around|roughly|some|approximately|nearly|almost){SP}+)?")
# a conversion right after its amount: "$2bn (£1bn; 1.5bn euros)", "$90 (about £70)", "$4bn per annum (£3.2bn)"
ESTIMATES = _set("estimate estimates forecast forecasts projection projections reading")  # of a measure named before
GENERIC_TOTALS = _set("annual total overall yearly")  # "the annual total": a total of the measure named before it
TIME_TAIL = Lazy(r" (?:in|for|during) (?:January|February|March|April|May|June|July|August|September|October|November"
                 r"|December|the (?:first|second|third|fourth|final) quarter|(?:19|20)\d\d)$")
OF_THEM = Lazy(rf"{SP}+of{SP}+(?:them|those|these|it|which){SP}+")  # a part of the amount before
MODAL_BEFORE = Lazy(r"\b(?:could|would|will|may|might|should|expected|forecast|predicts?)\b")  # a change to come
POSSESSIVE_TIME = Lazy(rf"\b((?:last|this|next){SP}+(?:year|month|week|quarter)|(?:19|20)\d\d"
                             rf"|(?:{'|'.join(MONTH_NAMES)})"
                             rf"|the{SP}+(?:first|second|third|fourth|final|last|previous){SP}+(?:quarter|half))['’]s{SP}+$")
DASH_OPEN = Lazy(rf"{SP}+[-–—]{SP}+")  # " - ", an aside's edge
OR_RESTATED = Lazy(rf",?{SP}+or{SP}+(?:about{SP}+|nearly{SP}+|almost{SP}+)?")  # "down 8p, or 1.3%"
# A place after a figure ("12.1% in Germany"), not a month ("in May"); and a list's next item after it.
PLACE_NAME = (rf"(?:the{SP}+)?(?!(?i:{'|'.join(MONTHS)}|{'|'.join(WEEKDAYS)})\b)"  # not "in May"
              rf"[A-Z][\w-]*(?:\.[A-Z]\.?)?(?:{SP}+(?:and{SP}+)?[A-Z][\w-]*)*")  # "the U.S.", "England and Wales"
PLACE_AFTER = Lazy(rf"{SP}+in{SP}+({PLACE_NAME})(?=[,;.]|{SP}+and\b|{SP}*$)")
WHERE_AFTER = Lazy(rf"{SP}+(?:\w+{SP}+)?in{SP}+({PLACE_NAME})")  # "38% live in Spain", not "in June"
LISTED_AFTER = Lazy(rf"{PLACE_AFTER.pattern},?{SP}+(?:and{SP}+)?")
RANKED_NAME = rf"(?:the{SP}+)?[A-Z][\w-]*(?:{SP}+(?:and{SP}+(?:the{SP}+)?)?[A-Z][\w-]*)*"  # "Yorkshire and the Humber"
RANKED_BEFORE = Lazy(rf"""(?:{SP}*\([^()\n]{{1,40}}\))?,?{SP}+(?:(?:followed|trailed){SP}+by|then|and|ahead{SP}+of|behind)
    {SP}+({RANKED_NAME}){SP}+(?:on|at|with){SP}+(?:about{SP}+|nearly{SP}+|almost{SP}+|just{SP}+)?""", re.X)
RANKED_TAIL = Lazy(rf"{SP}+in{SP}+{RANKED_NAME}$")
# "the fastest growth at 9%, then Kent on 7% and Fife on 6%": a ranking's next places
SUPERLATIVE = Lazy(r"^(?:the )?(?:highest|lowest|biggest|largest|smallest|fastest|slowest|strongest|weakest) ")
PLACE_TAIL = Lazy(rf"^[A-Z][\w.-]*['’]s{SP}+|{SP}+in{SP}+{PLACE_NAME}$")  # "UK's jobless rate in Spain"
AT_LEVEL = Lazy(rf"(?:{SP}*\([^()\n]{{1,40}}\))?(?:{SP}+(?:higher|lower|up|down))?,?{SP}+at{SP}+")  # "up 7p, or 2.1%, at 340p"
NEW_CLAUSE = Lazy(r"\b(?:while|whereas|but|and|although|though|as)\b")  # a clause with a subject of its own
CHANGE_AFTER = Lazy(rf"(?:{SP}*\([^()\n]{{1,40}}\)|\))?,{SP}+(up|down)(?:{SP}+by)?{SP}+(?:about{SP}+|almost{SP}+|nearly{SP}+)?$")
# (after the amount's conversions, or the last of them: "4bn rand ($220m), up 9%")
STUFF_AFTER = Lazy(rf"{SP}+of{SP}+[a-z]+(?:{SP}+[a-z]+)?(?=,)")  # what a count's unit is of: "tonnes | of wheat,"
UP_FROM = Lazy(rf"(?:{SP}+(?:in|on|during|for|last|this)\b[^,.;:()]{{0,40}})?,{SP}+(?:up|down){SP}+from{SP}+"
               rf"(?:about{SP}+|around{SP}+)?")  # "6%, up from 5.5%", "$3bn last month, down from $3.2bn"
LINKED_BEFORE = Lazy(rf"""(?:\b(?:to|and|or|than|above|below|from|versus|against|by)(?:{SP}+at)?|[(;:])(?:{SP}+(?:about|around|almost
    |nearly|just|only|some|less{SP}than|more{SP}than|a{SP}little{SP}(?:under|over|below|above|more{SP}than|less{SP}than)|(?:the{SP}+)?(?:[\w-]+{SP}+)?[\w-]+['’]s))?{SP}+$
  | [(;]{SP}*$  # a conversion: "2bn yen in 2019 ($18m; £14m)"
""", re.X)
# ("above 2018's 4%", "down from the second quarter's 3%")
ANOTHER_BEFORE = Lazy(rf"\b(?:another|a{SP}further|an{SP}extra|an{SP}additional|compared{SP}(?:with|to)"
                            rf"|against|versus|vs\.?){SP}+$")
# Words without which no number in words is an amount ("million", "dollars"), in lower case and with
# a capital: a sentence holds one when its letter runs meet this set (a C-speed test).
WORD_AMOUNT_HINT = frozenset(form for w in ("million", "billion", "trillion", "thousand", "hundred", "cent", "percent",
                                            "percentage", "quarter", *(t for m in MONEY_WORDS for t in m.split()))
                             for form in (w, w.capitalize()))
LETTER_RUN = Lazy(r"[A-Za-z]+")


POINTS_OR = Lazy(rf"(\d[\d,.]*{SP}+points?),?{SP}+or{SP}+(?:about{SP}+|nearly{SP}+|almost{SP}+)?$")
FX_UNIT_AFTER = Lazy(rf"{SP}+(?:(?:is|was|were|now){SP}+)?(?:worth|buying|bought|buys|traded|trading|fetch)\b")
VAGUE_BEFORE = Lazy(rf"\b(?:[Ff]ew|[Ss]everal|[Mm]any|[Ss]ome){SP}+$")


METRIC_WEIGHT_AFTER = Lazy(rf"{SP}*\((?:about{SP}|around{SP}|some{SP})?[\d.,]+{SP}*(?:kg|kilos?|kilograms?|g|grams?|tonnes?)\b")
WEIGHING_BEFORE = Lazy(r"\b(?:weigh|weighs|weighed|weighing|weight\s+of)\s+(?:about\s+|around\s+|some\s+|just\s+)?$")


def read_figure(text: str, m: re.Match, sentence: tuple, vocab=(), names=frozenset()) -> Figure | None:
    """One FIGURE (or DIGIT_FIGURE) match as a Figure, or None when it is a year, a date, a score, an age, a
    vague quantity ('a few hundred') or a bare number."""
    if m["words"] and not m["wscale"] and m["words"].lower() in ("a", "an"):
        return None  # "the price of a dollar" is no amount
    low = read_amount(m)
    before = text[max(sentence[0], m.start() - 30):m.start()]
    if VAGUE_BEFORE.search(before) and m.group().split()[0].lower() in WORD_SCALES + ("hundred",):
        return None  # "a few hundred workers", "several thousand jobs": no number to normalise
    unit, value, end = amount_unit(text, m, low)
    if text.startswith("Cent", end - 4) and not text[m.start():end].isupper():
        return None  # a name ("50 Cent"): news writes the coin in lower case, "50 cents"
    if unit == "GBP" and text[m.start():end].lower().endswith(("pound", "pounds")) \
            and (METRIC_WEIGHT_AFTER.match(text, end) or WEIGHING_BEFORE.search(before)):
        return None  # "overweight by 90 pounds (41kg)", "weighs 200 pounds": a weight, no money
    if m["words"] and low.value == 1 and FX_UNIT_AFTER.match(text, end):
        return None  # "one euro worth $1.10": a unit of exchange, no amount
    high = None
    r = amount_after(RANGE_JOIN, text, end, sentence[1])
    if r is None and BETWEEN_BEFORE.search(before):
        r = amount_after(AND_JOIN, text, end, sentence[1]) or amount_after(TO_JOIN, text, end, sentence[1])
        # ("between 10% to 15%": "between" makes it a range, whatever joins its ends)
    elif r is None and (VALUED_AT_BEFORE.search(before) or RANGE_TO_BEFORE.search(before)
                        or HEDGED_OPENING.search(before)):
        r = amount_after(TO_JOIN, text, end, sentence[1])  # "values the shares at 80p to 95p": a range
        # ("forecasts of 2% to 2.5%", "predicted 4% to 5%": no change can be meant)
        top = read_amount(r) if r else None
        r = r if top and amount_unit(text, r, top)[0] == unit and top.value > low.value else None
    if r is None and not m["scale"]:
        r, unit, value = written_once(text, m, low, unit, value, end, sentence, before)
    if r:  # "£40m-£50m", "8-10%", "$5-6bn", "$50-100,000", "between 8% and 10%", "$2.1 to $2.4bn"
        top = read_amount(r)
        top_unit, top_value, top_end = amount_unit(text, r, top)
        if unit is None or top_unit is None or unit == top_unit:
            alone = unit, value  # kept if the far end is no range's ("11-9 loss": a score)
            value = range_low(m, r, low.value if unit is None else value)  # the scale written once, for both ends
            # (in the low end's own unit when it has one: "30p-35p" is 0.30 to 0.35 pounds)
            if unit is None and top_unit is not None and top_value < top.value:
                value /= 100  # "180-210p": hundredths at both ends
            unit = unit or top_unit
            if unit is None:  # "2,000-3,000 engineers", "between 200 and 300 jobs"
                unit, top_end = counted(text, r, top, before, top_end)
                top_value = top.value
            if top_value >= value and unit is not None:
                high, end = top_value, top_end
            else:
                unit, value = alone
    if unit is None:
        unit, end = counted(text, m, low, before, end) if high is None and r is None else (None, end)
        if unit is None:
            return None
    about, direction = figure_about(text, sentence, m.start(), end, unit, vocab, names)
    points = not about and POINTS_OR.search(text, max(sentence[0], m.start() - 30), m.start())
    if points:  # "ended up 31 points, or 0.6%": the percentage restates the index's move
        about, direction = figure_about(text, sentence, points.start(1), points.end(1), unit, vocab, names)
    if direction and about:
        about = f"{about} ({direction})"
    approx = bool(APPROX_BEFORE.search(before))
    return Figure(text[m.start():end], exact(value), unit, about, m.start(), end, approx,
                  None if high is None else exact(high))


def written_once(text: str, m: re.Match, low: Amount, unit, value, end: int, sentence: tuple, before: str) -> tuple:
    """(range end or None, unit, value) for 'X to Y' where X takes its scale or unit from Y: '$2.1 to
    $2.4bn' and '5 to 6%' are ranges; after 'from' ('from $2.1 to $2.4bn') it is a change, two figures,
    but the first still is $2.1bn. 'Rose 5% to 6%' (X has its own unit) is left as two figures."""
    t = amount_after(TO_JOIN, text, end, sentence[1])
    if t is None or (unit is not None and not t["scale"]) or (unit is None and m["num"] and "," not in m["num"]
                                                                and low.value in YEAR_LIKE):
        return None, unit, value  # not "in 2003 to $5bn"
    top = read_amount(t)
    top_unit = amount_unit(text, t, top)[0]
    if top_unit is None or (unit is not None and unit != top_unit):
        return None, unit, value
    if not FROM_BEFORE.search(before):
        return t, unit, value
    return None, top_unit, range_low(m, t, low.value)


def amount_unit(text: str, m: re.Match, amount: Amount) -> tuple:
    """(unit or None, value in that unit, end) of an amount from its sign and what follows it: a
    percentage, percentage or basis points, a currency name or code, hundredths of a currency."""
    end, value = amount.end, amount.value
    pct = PERCENT_AFTER.match(text, end)
    if pct:
        if pct["basis"]:
            return "points", value / 100, pct.end()
        return ("points" if pct["points"] else "percent"), value, pct.end()
    money = MONEY_AFTER.match(text, end)
    if money and ZONE_AFTER.match(text, money.end()):
        money = None  # "the 12 euro zone countries": a count of countries, no money
    elif money and money["name"] and money["name"].lower() == "won" and not m["scale"] \
            and (WON_VERB_AFTER.match(text, money.end())
                 or NAMED_NUMBER.search(text, max(0, m.start() - 30), m.start())):
        money = None  # "Halo 2 won the award", "Team 7 won a prize": a verb, no Korean money
    unit = money_unit(money) if money and not metres_or_word(m, money) else None
    if unit and not (money["minor"] and (amount.unit or m["scale"])):
        if money["minor"]:
            return unit, value / 100, money.end()
        cents = MINOR_AFTER.match(text, money.end()) if money["name"] and not m["scale"] else None
        if cents:  # "3 dollars 50 cents", "thirteen pounds and forty-five pence"
            return unit, value + small_number(cents["n"]) / 100, cents.end()
        return unit, value, money.end()
    if amount.unit:
        return amount.unit, value, end
    return None, value, end


WON_VERB_AFTER = Lazy(rf"{SP}+(?:the|its|his|her|their|this|that|first|second|third|last|gold|silver|bronze)\b")
NAMED_NUMBER = Lazy(rf"\b(?!The{SP}|A{SP})[A-Z][\w-]*{SP}+$")  # "Halo | 2", "Apollo | 11": a name's number


def metres_or_word(m: re.Match, money: re.Match) -> bool:
    """Whether a currency name that is also a word ('won', 'crown', 'rand') after a number is no money:
    a year before it ('in 2004 won'), or a distance ('the 5,000m crown')."""
    name = (money["name"] or "").lower()
    if name not in WORD_CURRENCIES or money["country"]:
        return False
    return (m["num"] and not m["scale"] and YEAR.fullmatch(m["num"]) is not None) \
        or ((m["scale"] or "") == "m" and "," in (m["num"] or ""))


WORD_CURRENCIES = _set("won crown crowns rand real reais lira marks dong lei leu taka")  # names that are words too
ZONE_AFTER = Lazy(rf"{SP}*-?{SP}*(?i:zone|area)\b")  # "euro zone", "euro-zone", "dollar area"
MINOR_AFTER = Lazy(rf"""{SP}+(?:and{SP}+)?
    (?P<n>\d{{1,2}}|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-{SP[1:-1]}](?:one|two|three|four
       |five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen
       |fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))
    {SP}+(?:cents?|pence|p)\b""", re.X | re.I)


def small_number(text: str) -> Decimal:
    """A number below 100 in digits or words: '50', 'forty-five', 'forty five' -> 45."""
    if text.isdigit():
        return Decimal(text)
    return Decimal(sum(NUMBER_WORDS[w] for w in re.split(r"[-\s]+", text.lower())) // 10)


def counted(text: str, m: re.Match, amount: Amount, before: str, end: int) -> tuple:
    """("count", end after the counted noun) for '2,500 jobs', else (None, end): a year, a day, an
    age, a model number or a number with no plural noun after it is no count."""
    scale = (m["scale"] or "").lower()
    if scale in SHORT_SCALES or (m["words"] and not m["wscale"] and "hundred" not in m["words"].lower()):
        return None, end  # "5 m" is five metres; "five" alone is no amount
    noun = NOUN_AFTER.match(text, end)
    if (not noun or noun[1] in NOT_COUNTED or noun[1] in STOPWORDS
            or not (noun[1].endswith("s") or noun[1] in COUNT_SINGULARS)):
        return None, end
    named = NOT_COUNTS_BEFORE.search(before)
    word = named[0].strip() if named else ""
    if word[:1].isupper() and word not in ("No", "No.") and (plain(word) in STOPWORDS or "," in (m["num"] or "")):
        named = None  # "Then 40,000 homes", "Airline 3,000 jobs" (a model number has no thousands: "Windows 95")
    if named or (month_before(before) and amount.value <= 31) \
            or (not amount.scaled and amount.value <= 100 and OUT_OF_BEFORE.search(before)):
        return None, end  # (but "40m out of 300m phones" counts the phones)
    if m["num"] and not amount.scaled and "," not in m["num"] and amount.value in YEAR_LIKE:
        return None, end
    return "count", noun.end()


def range_low(m: re.Match, r: re.Match, value: Decimal) -> Decimal:
    """A range's low end in its high end's scale: '$5-6bn' is 5bn to 6bn, '$50-100,000' is 50,000
    to 100,000."""
    if r["scale"] and not m["scale"] and m["num"]:
        return value * SCALES[r["scale"].lower()]
    if m["num"] and r["num"] and "," in r["num"] and "," not in m["num"] and not m["scale"]:
        zeros = Decimal(1000) ** r["num"].split(".")[0].count(",")
        if value * zeros <= Decimal(r["num"].replace(",", "")):
            return value * zeros
    return value


def money_unit(m: re.Match) -> str | None:
    """The ISO 4217 code of a currency written after a number ('Australian dollars', '70 euro cents')."""
    if m["minor"]:
        if m["minor_of"]:
            country = " ".join(m["minor_of"].lower().split())
            return "EUR" if country in ("euro", "euros") else next(iter(CURRENCY_COUNTRIES[country].values()))
            # ("9 euros cents", as written once in a while, is 9 euro cents)
        word = m["minor"].replace("-", " ").split()[-1].lower()
        return MINOR_UNITS.get(word)
    if m["code"]:
        return m["code"].upper()
    if m["symbol"]:
        return SIGNS_AFTER[m["symbol"]]
    name = m["name"].lower()
    if m["country"]:
        country = " ".join(m["country"].lower().split())
        singular = name[:-1] if name.endswith("s") else name
        for form in (name, singular, singular.rstrip("e")):
            if form in CURRENCY_COUNTRIES[country]:
                return CURRENCY_COUNTRIES[country][form]
    return CURRENCY_NAMES.get(name)


def month_before(before: str) -> bool:
    """'March 5': the number is a day."""
    words = before.split()
    return bool(words) and words[-1].lower().rstrip(".,") in MONTHS


def exact(value: Decimal) -> int | float:
    """An exact value as a plain number: an int when whole; else a float whose shortest form is the
    decimal (2.745, never 2.7449999)."""
    value = value.normalize()
    return int(value) if value == value.to_integral_value() else float(value)


#### Extract: derived figures ##################################################################
# Pure: what follows from two figures of one article: the two sides of one balance (exports and
# imports -> the trade balance) or one measure's change (from X to Y), and only when sure.

BALANCE_PHRASE = Lazy(rf"""
    (?:(?P<who>(?:[Tt]he{SP}+)?[A-Z][\w.]*(?:{SP}+[A-Z][\w.]*)*){SP}+
       (?:has|had|have|ran|runs|posted|recorded|reported){SP}+(?:a{SP}+|an{SP}+|its{SP}+)?(?:[a-z]+{SP}+)?)?
    (?P<what>(?:trade|budget|current[- ]account){SP}+(?:deficit|surplus|gap|imbalance)
       (?:{SP}+with{SP}+[A-Z][\w.]*(?:{SP}+[A-Z][\w.]*)*)?)""", re.X)


def short_amount(value, unit: str, like: str) -> str:
    """An amount written in the style of a figure beside it: '$75 billion', '$491m', '12.5%', '9 points'."""
    value = Decimal(str(value))
    long_style = re.search(rf"\d{SP}?(?:trillion|billion|million|thousand)\b", like)
    short_style = re.search(r"\d(?:tn|bn|m|k)\b", like)
    scale_word, div = "", 1
    for size, long_word, short_word in ((10 ** 12, "trillion", "tn"), (10 ** 9, "billion", "bn"),
                                        (10 ** 6, "million", "m")):
        if abs(value) >= size and (long_style or short_style):
            scale_word, div = (long_word if long_style else short_word), size
            break
    number = f"{abs(value) / div:,.2f}".rstrip("0").rstrip(".")
    sep = " " if len(scale_word) > 2 else ""
    sign = "-" if value < 0 else ""
    if unit == "percent":
        return f"{sign}{number}%"
    if unit == "points":
        return f"{sign}{number} point{'' if number == '1' else 's'}"  # "-1 point", "-0.5 points"
    if unit == "count":
        return f"{sign}{number}{sep}{scale_word}"
    symbol = CURRENCY_SYMBOL_OUT.get(unit)
    body = f"{number}{sep}{scale_word}"
    return f"{sign}{symbol}{body}" if symbol else f"{sign}{body} {unit}"


def head_noun(about: str) -> str:
    """The noun a phrase is about: 'Chinese exports to the U.S. last year' -> 'exports'; 'rise in
    costs' -> 'rise'; 'spending (Japan)' -> 'spending'."""
    words = TIME_PHRASE.sub("", " " + re.sub(r"\(.*?\)", "", about)).lower().split()
    for k, w in enumerate(words):
        if k and w in PREPOSITIONS:
            return words[k - 1].strip(EDGE_PUNCT)
    return words[-1].strip(EDGE_PUNCT) if words else ""


def balance_side(f: Figure) -> tuple[int, int] | None:
    """(balance index, 0 or 1) when a figure is one side of a balance: its head noun names the side,
    and it is a level, not a change ('exports rose 5%' is no side)."""
    if f.unit in ("percent", "points", "count") or DIRECTION_TAG.search(f.about):
        return None
    head = head_noun(f.about)
    for i, (a, b, _) in enumerate(BALANCES):
        if head in a:
            return i, 0
        if head in b:
            return i, 1
    return None


def period(about: str) -> str:
    """The time phrase a figure's measure ends with ('last year'), or ''."""
    m = TIME_PHRASE.search(" " + about)
    return " ".join(m[1].split()) if m else ""


def derive_figures(text: str, figures: list[Figure], sentences: list) -> list[Figure]:
    """What follows from pairs of figures: a balance (exports - imports) or a change (from X to Y).
    When unsure, nothing: each side is used once, and only with a partner in its own sentence or the next."""
    return derive_balances(text, figures, sentences) + derive_changes(text, figures, sentences)


def derive_balances(text: str, figures: list[Figure], sentences: list) -> list[Figure]:
    """Two sides of one balance, in the same unit and period: exports $9bn and imports $6bn -> a $3bn
    balance ('implied Germany trade surplus with Peru' when the text names it)."""
    derived, used = [], set()
    starts = [s[0] for s in sentences]
    money = [f for f in figures if not f.derived]
    sides = [balance_side(f) for f in money]
    for i, a in enumerate(money):
        if not sides[i] or sides[i][1] or i in used:
            continue
        near = range(max(0, i - PAIRING), min(len(money), i + PAIRING))
        partners = [(abs(money[j].start - a.start), j) for j in near
                    if j not in used and sides[j] == (sides[i][0], 1) and money[j].unit == a.unit
                    and abs(bisect_left(starts, money[j].start) - bisect_left(starts, a.start)) <= 1
                    and not (period(a.about) and period(money[j].about) and period(a.about) != period(money[j].about))]
        if not partners:
            continue
        j = min(partners)[1]
        b = money[j]
        used |= {i, j}
        words_a, words_b, label = BALANCES[sides[i][0]]
        value = Decimal(str(a.value)) - Decimal(str(b.value))
        span = (min(a.start, b.start), max(a.end, b.end))
        k = max(0, bisect_left(starts, span[0]) - 1)
        sent = [s for s in sentences[k:k + 3] if s[0] <= span[1] and s[1] >= span[0]]
        phrase = BALANCE_PHRASE.search(text, max(sent[0][0], span[0] - WINDOW), min(sent[-1][1], span[1] + WINDOW)) \
            if sent else None
        if phrase:
            who = re.sub(r"^[Tt]he\s+", "", phrase["who"] or "")
            about = " ".join(f"implied {who} {phrase['what']}".split())
        else:
            about = f"implied {label}: {a.about} minus {b.about}"
        note = f"{head_noun(a.about)} ≈ {a.value / b.value:.1f}× {head_noun(b.about)}" if b.value else ""
        derived.append(Figure(short_amount(value, a.unit, a.text), exact(value), a.unit, about, derived=True,
                              sources=(a.text, b.text), note=note))
    return derived


def derive_changes(text: str, figures: list[Figure], sentences: list) -> list[Figure]:
    """'from $70m to $1.2bn', 'rose to 12% from 9%': the change in one measure, in the same unit and
    sentence; a change between percentages is in percentage points, its relative size beside it."""
    derived = []
    starts = [s[0] for s in sentences]
    plain_figures = [f for f in figures if not f.derived]
    for k, before in enumerate(plain_figures):
        if not FROM_BEFORE.search(text, max(0, before.start - 20), before.start) or not before.value \
                or RANGED.search(text, max(0, before.start - 30), before.start):
            continue  # ("costs range from $2m to $4m": a range, no change)
        sentence = sentences[max(0, bisect_left(starts, before.start + 1) - 1)]
        ends = [after for after in plain_figures[max(0, k - PAIRING):k + PAIRING]
                if after is not before and after.unit == before.unit and sentence[0] <= after.start < sentence[1]
                and TO_BEFORE.search(text, max(0, after.start - 20), after.start)]
        beside = [after for after in plain_figures[max(0, k - 1):k]  # "... and 2.1% from 2.8%": B right before "from A"
                  if after.unit == before.unit and FROM_BETWEEN.fullmatch(text, after.end, before.start)
                  and not BY_BEFORE.search(text, max(0, after.start - 30), after.start)]  # not "fell by £600 from"
        if not (ends or beside):
            continue
        after = beside[0] if beside else min(ends, key=lambda f: abs(f.start - before.start))  # else the nearest "to"
        measure = measure_of(after.about)
        adjacent = FROM_TO.fullmatch(text, before.end, after.start)  # "from £6 to £10": one measure, even unnamed
        if measure.lower() != measure_of(before.about).lower() or not (measure or adjacent) \
                or (after.unit == "count" and count_noun(after) != count_noun(before)):
            continue  # two measures, not one changing; or a change of nothing known; "7 titles from 9 finals"
        change = Decimal(str(after.value)) - Decimal(str(before.value))
        relative = f"{100 * change / Decimal(str(before.value)):+.1f}%"
        unit = "points" if after.unit == "percent" else after.unit
        derived.append(Figure(short_amount(change, unit, after.text), exact(change), unit,
                              f"change in {measure}" if measure else "change", derived=True,
                              sources=(before.text, after.text), note=relative))
    return derived


def count_noun(f: Figure) -> str:
    """What a count counts, as written after its number ('two million volunteers' -> 'volunteers'), or ''."""
    last = f.text.split()[-1].lower()
    return "" if DIGIT.search(last) or last in NUMBER_WORDS or last in SCALES else last


TO_BEFORE = Lazy(rf"\bto{SP}+(?:about{SP}+|around{SP}+)?$")
RANGED = Lazy(rf"\b(?:range|ranges|ranged|ranging|vary|varies|varied|varying){SP}+from{SP}+(?:about{SP}+|around{SP}+)?$")
FROM_TO = Lazy(rf"{SP}+to{SP}+(?:about{SP}+|around{SP}+)?")  # between the two ends of "from £6 to £10"
BY_BEFORE = Lazy(rf"\bby{SP}+(?:(?:about|around|nearly|almost|some|over|more{SP}+than|just){SP}+)?$")
FROM_BETWEEN = Lazy(rf"(?:{SP}*\([^()\n]{{1,40}}\))?,?{SP}+from{SP}+(?:about{SP}+|around{SP}+)?")  # "4.0% (...) from"
PAIRING = 8  # how many neighbouring figures a figure may be paired with: keeps pairing linear


#### Extract: quotes ###########################################################################
# Pure: quoted words and their speaker, by the first of SPEAKER_RULES with an answer: the name next
# to a speech verb in the quotation's sentence or just after it, a pronoun or a role that refers back
# to a person ("he said", "the vice president said"), the person the sentence is about; else the
# speaker of the quotation it continues.

SPEECH = Lazy(rf"(?:{AUXILIARIES}{SP}+)*(?:{SPEECH_VERBS})\b", re.X)
PRONOUN_SAID = Lazy(rf"\b([Hh]e|[Ss]he){SP}+(?:{AUXILIARIES}{SP}+)*(?:{SPEECH_VERBS})\b", re.X)
ROLE_SAID = Lazy(rf"""\b[Tt]he{SP}+(?:[A-Z][\w-]*{SP}+)?       # "the Chinese
    ((?:[a-z][\w-]*{SP}+){{0,2}}[a-z][\w-]*){SP}+                        #  vice president
    (?:{AUXILIARIES}{SP}+)*(?:{SPEECH_VERBS})\b""", re.X)                    #  has said"
IT_SAID = Lazy(rf"\b(?:[Ii]t|[Tt]hey){SP}+(?:{AUXILIARIES}{SP}+)*(?:{SPEECH_VERBS})\b", re.X)
# '," said Ann Lee', '," said chief executive Ann Lee', '," adds the firm's boss, Ann Lee'
SAID_THEN_NAME = Lazy(rf"[ \xa0,.]*(?:{SPEECH_VERBS}){SP}+(?:[\w.'’-]+,?{SP}+){{0,5}}$", re.X)
SUBJECT_NEXT = Lazy(
    rf"(?:{SP}+(?:[a-z]+ed|[a-z]+s|has|had|have|was|is|will|would|can|could|said|told)\b"
    rf"|,{SP}+(?:who|a|an|the|[a-z]+ing)\b)")
LOOK_BACK = 50  # sentences searched back for whom a pronoun means
HE, SHE = re.compile(r"\b[Hh]e\b"), re.compile(r"\b[Ss]he\b")  # as a subject
UNNAMED_SPEAKER = Lazy(rf"""\b[Aa]n?{SP}+(?:[\w&'’-]+{SP}+){{0,5}}?   # "A Zorba spokeswoman said"
    (?:spokes(?:man|woman|person)|official|source){SP}+(?:{AUXILIARIES}{SP}+)*(?:{SPEECH_VERBS})\b""", re.X)
SPOKESPERSON_AFTER = Lazy(rf"{SP}+spokes(?:man|woman|person)\b")
ATTRIBUTION_GAP = 80  # characters between a quotation and the name of its speaker after it
SPEAKERS_AFTER = 3  # names after a quotation tried as its speaker ('," Zorba chairman Ann Lee said')


class Quoting(NamedTuple):
    """One quotation being attributed, and what its article tells about who speaks."""
    text: str
    q: re.Match
    sentence: tuple  # (start, end) of its sentence
    near: list  # people and organisations named within WINDOW of it, in its sentence
    by_role: dict  # a role ('vice president') -> the one person holding it
    subject: Mention | None  # the person its sentence is about
    last_subject: object  # (sex=None) -> whom the sentences before were last about ("f", "m": who "she", "he" can be)
    last_body: object  # () -> the organisation the sentences before were last about, or last named


def sentence_subject(text: str, people: list[Mention]) -> Mention | None:
    """Whom a sentence is about: the first of its named people (or organisations, when given those)
    followed by a verb or an apposition."""
    for m in people:
        nxt = SUBJECT_NEXT.match(text, m.end) or SAID_AFTER_NAME.match(text, m.end)
        word = text[m.end:m.end + 30].split()
        if nxt and not (word and word[0] in MODIFIED_NOUNS):
            return m
    return None


def in_range(items: list, starts: list[int], lo: int, hi: int) -> list:
    """The items (sorted by start, starts given) that start in [lo, hi)."""
    return items[bisect_left(starts, lo):bisect_left(starts, hi)]


class Antecedents:
    """What an article's sentences were about, for quotations that point back ("he said", "it said",
    a speaker's words running on): sentence subjects, worked out once each, and the speaker of each
    sentence's last quotation, filled in as the quotations are attributed in order."""

    def __init__(self, text: str, sentences: list, people: list, bodies: list, by_role: dict):
        self.text, self.sentences, self.people, self.bodies, self.by_role = text, sentences, people, bodies, by_role
        self.starts = {id(group): [m.start for m in group] for group in (people, bodies)}
        self.sexes = sexes_of(text, people)
        self.subjects = {}  # (sentence index, people or bodies) -> subject mention
        self.spoken = {}  # sentence index -> speaker of its last quotation, when it has one

    def named(self, group: list, index: int) -> list:
        """The group's mentions in sentence `index`, in order."""
        return in_range(group, self.starts[id(group)], *self.sentences[index])

    def subject_of(self, index: int, group: list) -> Mention | None:
        key = (index, id(group))
        if key not in self.subjects:
            self.subjects[key] = sentence_subject(self.text, self.named(group, index))
        return self.subjects[key]

    def last_named(self, index: int, group: list) -> str | None:
        """The last of the group named in the sentences before `index` (within LOOK_BACK), or None."""
        for j in range(index - 1, max(-1, index - LOOK_BACK), -1):
            named = self.named(group, j)
            if named:
                return named[-1].entity
        return None

    def agrees(self, entity: str, sex: str | None) -> bool:
        """Whether a pronoun of `sex` ("f", "m", None) can mean the entity, as far as titles tell."""
        return sex is None or self.sexes.get(entity, sex) == sex

    def last_before(self, index: int, group: list, quoted: bool, sex: str | None = None) -> str | None:
        """Whom the sentences before `index` were last about (a quotation's speaker counting first),
        of the sex a pronoun asks for, when the article's titles tell it."""
        text, sentences = self.text, self.sentences
        for j in range(index - 1, max(-1, index - LOOK_BACK), -1):
            if quoted and self.spoken.get(j) and self.agrees(self.spoken[j], sex):
                return self.spoken[j]
            subject = self.subject_of(j, group)
            named = self.named(group, j)[::-1]
            if sex and (SHE if sex == "f" else HE).search(text, *sentences[j]):
                named = []  # "He said the plan was drawn up with Lord Ray.": "he" is still the one before
            if subject is not None:
                if self.agrees(subject.entity, sex):
                    return subject.entity
                for m in named:
                    if self.agrees(m.entity, sex):
                        return m.entity  # "Ms Lee wrote to Mr Ray. He replied: '...'"
            if sex and UNNAMED_SPEAKER.search(text, *sentences[j]):
                body = next((b for b in self.named(self.bodies, j) if SPOKESPERSON_AFTER.match(text, b.end)), None)
                return body.entity if body else None  # "A Zorba spokeswoman said ... . She added: '...'"
            for m in named if sex else ():
                if self.sexes.get(m.entity) == sex:
                    return m.entity  # "Ms Lee won the seat. She says: '...'"
            holder = role_holder(text, sentences[j], self.by_role) if group is self.people else None
            if holder:
                return holder  # "The first minister said ... . He told her: '...'"
        return None


def extract_quotes(text: str, sentences: list, mentions: list[Mention],
                   entities: list[LocalEntity]) -> list[Quote]:
    """Quotations and their speakers (the article's name for them, or None)."""
    found = quotations_in(text, sentences)
    if not found:
        return []
    speakers = [m for m in mentions if m.type in ("person", "organization")]
    speaker_starts = [m.start for m in speakers]
    by_role = {}
    for e in entities:
        for role in e.roles:
            by_role.setdefault(role.lower().replace("-", " "), e.name)
            words = role.split()  # "Zorba chief executive": the chief executive, too
            lower = next((k for k, w in enumerate(words) if w[:1].islower()), 0)
            if lower:
                by_role.setdefault(" ".join(words[lower:]).lower().replace("-", " "), e.name)
    back = Antecedents(text, sentences, [m for m in speakers if m.type == "person"],
                       [m for m in speakers if m.type == "organization"], by_role)
    quotes = []
    for index, q in found:
        sentence = sentences[index]
        subject = back.subject_of(index, back.people)
        if IT_SAID.search(text, max(sentence[0], q.start() - WINDOW), q.start()) and not subject:
            body = back.last_before(index, back.bodies, False)
            if body:
                quotes.append(quote_of(text, q, body))  # 'It said the theatre must "..."'
                back.spoken[index] = body
                continue
        near = in_range(speakers, speaker_starts, max(sentence[0], q.start() - WINDOW),
                        min(sentence[1], q.end() + WINDOW))
        quoting = Quoting(text, q, sentence, near, by_role, subject,
                          lambda sex=None, index=index: back.last_before(index, back.people, True, sex),
                          lambda index=index: back.last_before(index, back.bodies, False)
                          or back.last_named(index, back.bodies))
        speaker = next(filter(None, (rule(quoting) for rule in SPEAKER_RULES)), None)
        if speaker is None:
            speaker = continued_speaker(text, sentences, index, q, quotes, back.spoken, back.people,
                                        back.starts[id(back.people)])
        quotes.append(quote_of(text, q, speaker))
        back.spoken[index] = speaker
    return quotes


TITLE_BEFORE = Lazy(rf"\b([A-Z][a-z]+)\.?{SP}+$")


def sexes_of(text: str, people: list[Mention]) -> dict:
    """Person entity -> "f" or "m", from a title written before one of its mentions ('Ms Lee')."""
    out = {}
    for m in people:
        title = TITLE_BEFORE.search(text, max(0, m.start - 12), m.start)
        word = title[1].lower() if title else ""
        if word in TITLES_OF_WOMEN or word in TITLES_OF_MEN:
            out.setdefault(m.entity, "f" if word in TITLES_OF_WOMEN else "m")
    return out


def quotations_in(text: str, sentences: list) -> list:
    """(sentence index, match) of every quotation, in order: closed ones, and one left open to its
    paragraph's end when the next paragraph opens with a quotation mark (found once a paragraph)."""
    found, line_end, opened = [], -1, []
    for index, sentence in enumerate(sentences):
        if sentence[0] > line_end:  # the first sentence of a paragraph (a line)
            line_end, opened = left_open(text, sentence[0])
        if QUOTE_MARK.search(text, *sentence) or "‘" in text[sentence[0]:sentence[1]]:
            closed = [(index, q) for q in QUOTE.finditer(text, *sentence)]
            found += closed + [(index, q) for q in opened if sentence[0] <= q.start() < sentence[1]
                               and all(q.start() != c.start() for _, c in closed)]
    return found


def left_open(text: str, start: int) -> tuple[int, list]:
    """(end of the line from `start`, the quotations opened on it and left open to its end, when the
    next paragraph opens with a quotation mark; else none). Each kind of mark has at most one."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    opened = []
    if NEXT_OPENS.match(text, line_end):
        q = OPEN_QUOTE.search(text, start, line_end)
        while q is not None:
            opened.append(q)
            q = OPEN_QUOTE.search(text, q.start() + 1, line_end)
    return line_end, opened


def quote_of(text: str, q: re.Match, speaker: str | None) -> Quote:
    """A QUOTE match as a Quote: the words inside the marks, without edge spaces or a last comma."""
    group = "curly" if q["curly"] else "straight" if q["straight"] else "single"
    start, end = q.start(group), q.end(group)
    inner = text[start:end]
    start += len(inner) - len(inner.lstrip())
    end = max(start, end - (len(inner) - len(inner.rstrip(" \xa0,"))))
    return Quote(text[start:end], speaker, start, end)


# The rules of a quotation's speaker, in order: each returns the article's name for the speaker, or None.

def name_then_speech(c: Quoting) -> str | None:
    """'Lee emphasised the “...”', 'Lee has called the plan the “...”', 'Lee said: “...”'."""
    s0 = max(c.sentence[0], c.q.start() - WINDOW)
    before = [m for m in c.near if s0 <= m.start and m.end <= c.q.start()]
    for k in range(len(before) - 1, -1, -1):
        m = before[k]
        said = SAID_AFTER_NAME.match(c.text, m.end) or (m.type != "organization"
                                                         and SAID_AFTER_ROLE.match(c.text, m.end))
        if said and said.end() <= c.q.start() and not ADDRESSED.search(c.text, max(s0, m.start - 25), m.start):
            for p in before[:k] if m.type == "organization" else ():
                apposed = SAID_AFTER_NAME.match(c.text, p.end)
                if p.type == "person" and apposed and apposed.end() == said.end():
                    return p.entity  # 'Ann Lee, head of Zorba, said': Zorba is in her apposition
            return m.entity  # (not 'He told Ms Lee: "..."': she is spoken to)
    return None


ADDRESSED = Lazy(rf"\b(?:told|asked|urged|wrote{SP}+to|warned|assured|reminded){SP}+(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?{SP}+)?$")


def speech_after(c: Quoting) -> str | None:
    """'“...,” Ortiga said', '“...,” said Ortiga', '“...,” Zorba chairman Ann Lee said', '“...,” said
    chief executive Ann Lee', '“...,” the festival's director, Ann Lee, told reporters'."""
    text, end = c.text, c.q.end()
    s1 = min(c.sentence[1], end + WINDOW)
    for m in [m for m in c.near if end <= m.start and m.end <= s1][:SPEAKERS_AFTER]:
        gap = text[end:m.start]
        if len(gap) >= ATTRIBUTION_GAP or QUOTE_MARK.search(gap):
            return None
        if SAID_THEN_NAME.match(gap) or (not SPEECH.search(gap) and (SAID_AFTER_NAME.match(text, m.end) or (
                m.type != "organization" and SAID_AFTER_ROLE.match(text, m.end)))) \
                or (QUOTED_THEN_NAME.match(gap) and AS_SAYING.match(text, m.end)):
            return person_of_body(c, m) or m.entity
    return None


QUOTED_THEN_NAME = Lazy(rf"[\"”’',\s]*(?:[\w'’-]+{SP}+){{0,4}}quoted{SP}+(?:[\w.'’-]+,?{SP}+){{0,5}}$")
AS_SAYING = Lazy(rf"{SP}+as{SP}+saying\b")  # "“...,” the paper quoted Zorba's chief Ann Lee as saying"


def person_of_body(c: Quoting, body: Mention) -> str | None:
    """The person named just after an organisation with their role: 'said Zorba finance director Ann
    Lee' is Ann Lee's word, not Zorba's."""
    if body.type != "organization":
        return None
    for m in c.near:
        if m.start >= body.end and m.type == "person":
            return m.entity if ROLE_BETWEEN.fullmatch(c.text, body.end, m.start) else None
    return None


ROLE_BETWEEN = Lazy(rf"(?:['’]s)?(?:{SP}+[a-z][\w-]*){{0,5}},?{SP}+")  # "'s deputy enforcement director "


def pronoun_speech(c: Quoting) -> str | None:
    """'“...,” he said': the person the sentences before were about."""
    s0, s1 = max(c.sentence[0], c.q.start() - WINDOW), min(c.sentence[1], c.q.end() + WINDOW)
    said = PRONOUN_SAID.search(c.text, s0, c.q.start()) or PRONOUN_SAID.search(c.text, c.q.end(), s1)
    return c.last_subject("f" if said[1].lower() == "she" else "m") if said else None


def role_speech(c: Quoting) -> str | None:
    """'the vice president acknowledged “...”': the one person of the article holding that role."""
    s0, s1 = max(c.sentence[0], c.q.start() - WINDOW), min(c.sentence[1], c.q.end() + WINDOW)
    return role_holder(c.text, (s0, c.q.start()), c.by_role) or role_holder(c.text, (c.q.end(), s1), c.by_role)


def role_holder(text: str, sentence: tuple, by_role: dict) -> str | None:
    """The one person holding the role that a sentence's "the <role> said" names, or None."""
    role = ROLE_SAID.search(text, *sentence)
    if role:
        words = role[1].lower().replace("-", " ").split()
        while len(words) > 1 and words[-1] in SAYING_ADVERBS:
            words = words[:-1]  # "the mayor then says", "the health minister meanwhile said"
        for k in range(len(words)):
            if " ".join(words[k:]) in by_role:
                return by_role[" ".join(words[k:])]
    return None


SAYING_ADVERBS = _set("then meanwhile also later earlier now himself herself however too again simply")
BODY_SAID = Lazy(rf"""\b[Tt]he{SP}+(?:[a-z-]+{SP}+)?(?:company|firm|group|bank|carrier|airline|retailer|insurer
    |monopoly|operator|broadcaster|regulator|watchdog|ministry|department|agency|union){SP}+(?:{AUXILIARIES}{SP}+)*
    (?:{SPEECH_VERBS})\b""", re.X)


def body_noun_speech(c: Quoting) -> str | None:
    """'"...," the company said in a statement', 'The firm said: "..."': the organisation the sentences
    before were about. The phrase must touch the quotation: "Ann Lee, of the firm, says that ..." is hers."""
    after = BODY_SAID.match(c.text, GAP_AFTER.match(c.text, c.q.end()).end())
    before = BODY_SAID_BEFORE.search(c.text, max(c.sentence[0], c.q.start() - 80), c.q.start())
    return c.last_body() if after or before else None


GAP_AFTER = Lazy(r"""[\"”’',.\s]*""")
BODY_SAID_BEFORE = Lazy(rf"{BODY_SAID.pattern}[:,]?{SP}*[\"“‘]?$", re.X)


def sentence_about(c: Quoting) -> str | None:
    """'Governor Ida Marsh revealed that she had a “useful” meeting': the person the sentence is about."""
    return c.subject.entity if c.subject is not None and c.subject.start < c.q.start() else None


def according_to(c: Quoting) -> str | None:
    """'According to Ola Ray, who chairs Kesta, the news is good: “...”': the name after 'according to'
    in the quotation's sentence, before it."""
    said = ACCORDING_TO.search(c.text, max(c.sentence[0], c.q.start() - WINDOW), c.q.start())
    named = said and next((m for m in c.near if m.start == said.end()), None)
    return named.entity if named and named.type in ("person", "organization") else None


ACCORDING_TO = Lazy(rf"\b[Aa]ccording{SP}+to{SP}+(?:the{SP}+)?")
SPEAKER_RULES = (name_then_speech, speech_after, pronoun_speech, role_speech, according_to, sentence_about,
                 body_noun_speech)


def continued_speaker(text: str, sentences: list, index: int, q: re.Match, quotes: list, spoken: dict,
                      people: list, people_starts: list) -> str | None:
    """The speaker of a quotation that opens its sentence and continues a speaker's words: the speaker
    of the quotation before it in the same paragraph ('“...,” said Lee. “...”'), or the person the
    sentence before reports ('Ms Lee said the scheme was sound. “We will go ahead.”'), when nobody else
    is named in between."""
    start = sentences[index][0]
    if q.start() - start > 2 or index == 0:
        return None
    previous = sentences[index - 1]
    if "\n" in text[previous[1]:start] and not (quotes and quotes[-1].start >= previous[0]):
        return None  # a new paragraph, not a quotation running on
    if in_range(people, people_starts, previous[1], start):
        return None
    if spoken.get(index - 1):
        return spoken[index - 1]
    named = in_range(people, people_starts, *previous)
    for m in named[:1]:
        if SAID_AFTER_NAME.match(text, m.end):
            return m.entity  # "Ms Lee said ... ." then her words
    if not named and quotes and quotes[-1].speaker and PRONOUN_SAID.match(text, previous[0]) \
            and index > 1 and quotes[-1].start >= sentences[index - 2][0]:
        return quotes[-1].speaker  # '"...," Lee said. He added he was pleased. "..."': still Lee
    return None


#### Extract: dates ############################################################################

DATE_TEXT = Lazy(rf"""
    (?<![\w.$£€¥/-])(?=[\dJFMASONDTWLBUYlnotsuby])  # a word start that can begin a date: cheap to refuse
    (?:(?P<full>{FULL_DATE.pattern})
  | (?P<md>(?P<mon4>{MONTH_NAME}){SP}(?P<d4>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:]))      # January 19
  | (?P<dm>(?<![\d.])(?P<d5>[0-3]?\d)(?:st|nd|rd|th)?{SP}(?P<mon5>{MONTH_NAME}))      # 16 December
  | (?P<my>(?P<mon6>{MONTH_NAME}){SP}(?P<y6>(?:19|20)\d\d))                           # September 1995
  | (?P<season>(?P<y8>(?:19|20)\d\d)[/-](?P<y9>\d\d|(?:19|20)\d\d)(?![\d/-]))     # the 1998/99 season, 2003-04
  | (?P<year>(?:19|20)\d\d)(?![\d/%,.]\d|\d|%|s\b|{SP}?(?:bn|m|million|billion)\b)  # 2004, in 1998
  | (?P<inmonth>(?P<mon7>{MONTH_NAME})(?!{SP}?\d|\w))                               # (in) June, (last) March
  | (?P<wd>(?:(?:[Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Ss]ince|[Uu]ntil|[Bb]y){SP}+)?
        (?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))               # on Friday
  | (?P<rel>(?i:yesterday|today|tomorrow|tonight)
        |(?:[Ll]ast|[Nn]ext|[Tt]his){SP}+(?:year|month|weekend|week)\b))               # last year, this weekend
""", re.X)
NEAR = 183  # days: a day or month named without its year is the one within half a year of the article's date


def resolve_date(m: re.Match, today: date | None, when: str = "") -> tuple[str | None, bool]:
    """(ISO 8601 value or None, whether the text is relative to the article's date): a day
    '2025-01-19', a month '1995-09', a year '2004', or a span '1998/1999', '2025-01-25/2025-01-26'."""
    if m["full"]:
        return iso_date(m), False
    if m["my"]:
        return f"{int(m['y6']):04d}-{MONTHS[m['mon6'].rstrip('.').lower()]:02d}", False
    if m["season"]:
        first, second = int(m["y8"]), m["y9"]
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        return (f"{first:04d}/{last:04d}", False) if last == first + 1 else (None, False)
    if m["year"]:
        return m["year"], False
    if m["md"] or m["dm"]:
        month = MONTHS[(m["mon4"] or m["mon5"]).rstrip(".").lower()]
        day = int(m["d4"] or m["d5"])
        if today is None:
            return None, False
        for year in (today.year, today.year - 1, today.year + 1):  # the one within six months
            try:
                when = date(year, month, day)
            except ValueError:
                return None, False
            if abs((when - today).days) <= NEAR:
                return when.isoformat(), False
        return None, False
    if today is None:
        return None, True
    if m["inmonth"]:
        return month_near(today, MONTHS[m["mon7"].rstrip(".").lower()], when.lower()), True
    if m["wd"]:
        target = WEEKDAYS[m["day"].lower()]
        back = (today.weekday() - target) % 7
        if m["wd"].lower().startswith("next"):
            return (today + timedelta(days=(target - today.weekday()) % 7 or 7)).isoformat(), True
        if m["wd"].lower().startswith("last") and back == 0:
            back = 7
        return (today - timedelta(days=back)).isoformat(), True
    word = " ".join(m["rel"].lower().split())
    shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
    if word in shift:
        return (today + timedelta(days=shift[word])).isoformat(), True
    step = {"last": -1, "this": 0, "next": 1}[word.split()[0]]
    unit = word.split()[1]
    if unit == "year":
        return f"{today.year + step:04d}", True
    if unit == "month":
        month = today.month - 1 + step
        return f"{today.year + month // 12:04d}-{month % 12 + 1:02d}", True
    if unit == "weekend":  # the Saturday and Sunday of that week
        saturday = today + timedelta(days=5 - today.weekday() + 7 * step)
        return f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}", True
    return (today + timedelta(weeks=step)).isoformat() if step else today.isoformat(), True


def month_near(today: date, month: int, when: str) -> str:
    """'in June' said on a given day: the June within half a year of it ('last June' before it, 'next
    June' after it)."""
    candidates = [(year, month) for year in (today.year - 1, today.year, today.year + 1)]
    months = {c: (c[0] - today.year) * 12 + c[1] - today.month for c in candidates}  # months from today
    if when == "last":
        year, _ = max((c for c in candidates if months[c] < 0), key=months.get)
    elif when == "next":
        year, _ = min((c for c in candidates if months[c] > 0), key=months.get)
    else:
        year, _ = min(candidates, key=lambda c: (abs(months[c]), months[c]))
    return f"{year:04d}-{month:02d}"


def extract_dates(text: str, lines: tuple, article_date: str | None) -> list[DateRef]:
    """Dates in the body: absolute ones, and relative ones resolved against the article's date."""
    today = date.fromisoformat(article_date) if article_date else None
    out = []
    for start, end in lines:
        for m in DATE_TEXT.finditer(text, start, end):
            begin, when = m.start(), ""
            if m["inmonth"]:  # a month alone is a date only after "in", "last", ...: "in June", not "May said"
                cue = MONTH_CUE.search(text, max(start, begin - 8), begin)
                if not cue:
                    continue
                begin, when = cue.start(), cue[1]
            value, relative = resolve_date(m, today, when)
            out.append(DateRef(text[begin:m.end()], value, begin, m.end(), relative))
    return out


MONTH_CUE = Lazy(rf"\b([Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id)(?:{SP}|-)$")


#### Extract: topics and key sentences #########################################################

def topic_key(word: str) -> str:
    """Case- and plural-blind key of a topic word: 'Tariffs' and 'tariff' are one."""
    low = word.lower()
    return low[:-1] if low.endswith("s") and not low.endswith("ss") and len(low) > 4 else low


GENERAL_KEYS = frozenset(map(topic_key, GENERAL_WORDS))  # GENERAL_WORDS as topic keys
SPEECH_KEYS = frozenset(map(topic_key, SPEECH_WORDS))


def speech_key(key: str) -> bool:
    """Whether a topic key is a verb of saying: 'claim' (of 'claims'), 'saying'."""
    return key in SPEECH_KEYS or (key.endswith("ing") and key[:-3] in SPEECH_WORDS)


def topic_word(token: str) -> tuple[str, str, str] | None:
    """(lower case, key, display form) of a token that can be a topic word, or None."""
    w = token.strip(EDGE_PUNCT)
    if w.endswith(("’s", "'s")):
        w = w[:-2]
    low = w.lower()
    if (len(low) < 3 or not low.isalpha() or low in TOPIC_STOP or w in NOT_NAMES
            or low in TITLE_HEADS or low in ("vice", "deputy", "elect")):
        return None
    return low, topic_key(low), low if w == w.capitalize() else w  # "Trade" -> "trade"; "NATO" stays


TOPIC_WORDS = Memo(topic_word)


def topic_counts(counts: Counter, skip: set, more: list = ()) -> Counter:
    """Topic words (lower case, plurals folded into their singular) with their counts, from the
    article's words and their counts, and `more` words (its headline's) counted once each; `skip`
    holds the lower-case words of its people and places."""
    seen = {}  # topic_word(token) -> count
    get = TOPIC_WORDS.__getitem__
    for token, n in chain(counts.items(), zip(more, repeat(1))):
        hit = get(token)
        if hit is not None:
            seen[hit] = seen.get(hit, 0) + n
    counts, shown = {}, {}  # key -> count; key -> {form: count}
    for (low, key, form), n in seen.items():
        if low in skip:
            continue
        counts[key] = counts.get(key, 0) + n
        forms = shown.setdefault(key, {})
        forms[form] = forms.get(form, 0) + n
    return Counter({(next(iter(f)) if len(f) == 1 else min(f.items(), key=lambda wn: (-wn[1], wn[0]))[0]): counts[k]
                    for k, f in shown.items()})


class Normal(dict):
    """An article's words -> their lower-case forms without edge punctuation, each worked out once."""

    def __missing__(self, word: str) -> str:
        value = self[word] = word.strip(EDGE_PUNCT).lower()
        return value


def key_sentences(text: str, sentences: list, topics: Counter, limit: int, normal: Normal) -> tuple[str, ...]:
    """The sentences that carry most of the article's repeated topic words, lead first."""
    weights = {w.lower(): n for w, n in topics.items() if n > 1}
    weight = {w: weights.get(w, 0) + weights.get(w[:-1], 0) for w in set(normal.values())}  # "tariffs" counts "tariff"
    scored = []
    for i, (s, e) in enumerate(sentences[:30]):
        words = text[s:e].split()
        if not 6 <= len(words) <= 60:
            continue
        seen = set(map(normal.__getitem__, words))
        score = sum(map(weight.get, seen, repeat(0))) / len(words) ** 0.5
        scored.append((-score, i))
    lead = [i for _, i in scored if i < 2][:1]  # news puts its point first: the lead always goes in
    best = sorted(lead + [i for _, i in sorted(scored) if i not in lead][:limit - len(lead)])
    return tuple(" ".join(text[sentences[i][0]:sentences[i][1]].split()) for i in best)


#### Extract: one article ######################################################################

SHINGLE = 4  # words in a shingle of an article's text
SKETCH_SIZE = 32  # smallest shingle hashes kept per article: a bottom-k MinHash sketch


def article_sketch(words: list[str]) -> tuple:
    """The SKETCH_SIZE smallest CRC-32 hashes of an article's four-word shingles (its words lower-case
    and without punctuation): copies of one text share most of them."""
    shingles = zip(*(words[k:] for k in range(SHINGLE))) if len(words) >= SHINGLE else [words]  # (a short text: one)
    hashes = {zlib.crc32(" ".join(shingle).encode("utf-8")) for shingle in shingles}
    return tuple(sorted(hashes)[:SKETCH_SIZE])


def article_keys(entities: tuple, figures: tuple) -> tuple:
    """What can tell one event from another: the article's people and organisations of two or more
    words, and its money figures; common ones are set aside later, across all the articles."""
    keys = {f"e:{squash(e.name)}" for e in entities if e.type in ("person", "organization") and " " in e.name}
    keys |= {f"f:{f.value}:{f.unit}" for f in figures if not f.derived and f.unit not in ("percent", "points", "count")}
    return tuple(sorted(keys))


def stand_in_title(text: str, sentences: list) -> str:
    """A title for an article without a headline: its first sentence, cut to about 80 columns."""
    if not sentences:
        return "(untitled)"
    words = text[sentences[0][0]:sentences[0][1]].split()
    if words and len(words[0]) > 3 and words[0].split("-")[0].isupper():
        words[0] = words[0][0] + words[0][1:].lower()  # "PRESIDENT-elect" -> "President-elect"
    out = ""
    for w in words:
        if len(out) + len(w) > 78:
            return out + "…"
        out = f"{out} {w}" if out else w
    return out


def extract_article(text: str, source: str) -> Article:
    """One article's text -> everything the briefing needs from it, with offsets into `text`."""
    text = same_length_lines(text)
    lay = layout_article(text)
    words = []
    for start, end in lay.body:
        words += text[start:end].split()
    counts = Counter(words)
    normal = Normal((w, w.strip(EDGE_PUNCT).lower()) for w in counts)  # "Trade," -> "trade", once a word
    mentions, entities = extract_names(text, lay.content, counts, sport_of(lay.title, normal),
                                       lay.body[0][0] if lay.body else 0)
    sentences = split_sentences(text, lay.body)
    repeated = Counter(m.entity for m in mentions if m.type == "name")
    named = frozenset(m.start for m in mentions if m.type != "name" or repeated[m.entity] > 2)
    # (a name the article never types but names three times is someone's: "Rosneft already faces ...")
    figures = extract_figures(text, sentences, counts, named)
    country = Counter(m.entity for m in mentions if m.type == "place" and m.entity in LOCAL_COUNTRIES).most_common(1)
    if lay.title:  # a headline's figure, unless the body gives the same amount (then it is that one)
        in_body = {(f.value, f.unit) for f in figures}
        figures = [f for f in extract_figures(text, lay.content[:1], counts, named)
                   if (f.value, f.unit) not in in_body] + figures
    figures = local_currencies(figures, country[0][0] if country else "")
    figures = its_owners(text, sentences, figures, mentions)
    figures = pronoun_owners(text, sentences, figures, mentions)
    figures = share_prices(text, figures, mentions)
    figures = named_unit(text, described_firm(text, figures, mentions, sentences), sentences)
    figures = bidder_named(text, figures, mentions, sentences)
    figures += derive_figures(text, figures, sentences)
    figures = firm_owned(text, figures, mentions, sentences)
    figures = lead_measure(text, figures, mentions, sentences)
    figures = nation_owned(text, fronted_country(text, figures, mentions, sentences), mentions, sentences)
    figures = with_owned(text, subject_owned(text, figures, mentions, sentences), mentions, sentences)
    figures = fronted_owned(text, fronted_with_owned(text, figures, sentences), mentions, sentences)
    figures = said_before_with_owner(text, coordinated_possessor(text, figures, mentions, sentences), sentences)
    figures = aside_owned(text, figures, mentions, sentences)
    figures = subject_owned_by_default(text, opener_owned(text, figures, mentions, sentences), mentions, sentences)
    figures = bracketed_stakes(text, holder_owned(text, figures, mentions, sentences), mentions, sentences)
    figures = share_doers(text, figures, mentions, sentences)
    figures = looking_ahead(text, sentences, economic_growth(the_country(figures, mentions, sentences)))
    figures = change_of_previous(text, figures)
    figures = change_of_subject(text, level_of_subject(text, figures, sentences), sentences)
    figures = their_owned(text, shown_by_subject(text, figures, sentences), sentences)
    figures = deal_parties(text, earlier_alike(text, converted_alike(text, measured_where(text, figures))), mentions, sentences)
    figures = currency_values(text, openers_lowered(text, figures, sentences, counts))
    quotes = extract_quotes(text, sentences, mentions, entities)
    name_words = {w.lower() for m in mentions if m.type in ("person", "place") for w in m.text.split()}
    written_low = {normal[w] for w in counts if w[:1].islower()}
    name_words |= {w.lower() for m in mentions if m.type == "organization" and " " in m.text
                   for w in m.text.split()} - written_low  # ("Lib" of "Lib Dem"; not "party" of "Labour Party")
    topics = topic_counts(counts, name_words, (lay.title or "").split())
    top = sorted(sorted(topics.items()), key=itemgetter(1), reverse=True)  # most frequent first, then A-Z (stable)
    lead_end = sentences[min(1, len(sentences) - 1)][1] if sentences else 0
    in_lead = {(m.type, m.entity) for m in mentions if m.start < lead_end}
    entities = [e._replace(lead=(e.type, e.name) in in_lead) for e in entities]
    return Article(
        source=source,
        title=" ".join(lay.title.split()) if lay.title else stand_in_title(text, sentences),
        headline=lay.title is not None,
        byline=lay.byline,
        date=lay.date,
        words=len(words),
        entities=tuple(entities),
        mentions=tuple(mentions),
        figures=tuple(figures),
        quotes=tuple(quotes),
        dates=tuple(extract_dates(text, lay.body, lay.date)),
        topics=tuple(top),
        summary=key_sentences(text, sentences, topics, 3 if len(words) > 400 else 2, normal),
        lead_end=lead_end,
        sketch=article_sketch(list(filter(None, map(normal.__getitem__, words)))),  # (all-punctuation words out)
        keys=article_keys(entities, figures),
    )


#### Storage ###################################################################################
# Where the articles wait between the merge and the rendering: in memory while they are few, then
# in a temporary file, so that a run over millions of articles holds none of them at once.

class Spool:
    """Articles kept in input order: in memory while they are few, then written to an anonymous
    temporary file as plain tuples (marshal). Read back one at a time, as often as rendering needs.
    A context manager: close() removes the file."""
    IN_MEMORY = 256

    def __init__(self):
        self.kept, self.file, self.count = [], None, 0

    def __enter__(self) -> "Spool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None

    def append(self, article: Article) -> None:
        self.count += 1
        if self.file is None and len(self.kept) < self.IN_MEMORY:
            self.kept.append(article)
            return
        if self.file is None:
            import tempfile
            try:  # in the system's temporary folder (TMPDIR), never an input folder
                self.file = tempfile.TemporaryFile()
            except OSError as e:
                raise DigestError(f"temporary folder {shown(tempfile.gettempdir())}: {e.strerror or e}") from None
            for kept in self.kept:
                self.write(kept)
            self.kept = []
        self.write(article)

    def write(self, article: Article) -> None:
        data = marshal.dumps(plain_article(article))
        try:
            self.file.write(len(data).to_bytes(8, "little") + data)  # one read brings it back whole
        except OSError as e:
            import tempfile
            raise DigestError(f"temporary folder {shown(tempfile.gettempdir())}: {e.strerror or e}") from None

    def __iter__(self):
        if self.file is None:
            yield from self.kept
            return
        self.file.flush()
        self.file.seek(0)
        read = self.file.read
        for _ in range(self.count):
            yield article_from_plain(marshal.loads(read(int.from_bytes(read(8), "little"))))

    def __len__(self) -> int:
        return self.count


def plain_article(a: Article) -> tuple:
    """An article as nested plain tuples, for marshal."""
    return (*a[:6], *(tuple(map(tuple, part)) for part in a[6:11]), *a[11:])


def article_from_plain(t: tuple) -> Article:
    return Article(*t[:6], rows_as(LocalEntity, t[6]), rows_as(Mention, t[7]), rows_as(Figure, t[8]),
                   rows_as(Quote, t[9]), rows_as(DateRef, t[10]), *t[11:])


def rows_as(cls, rows: tuple) -> tuple:
    """Plain tuples as named tuples of `cls` (what cls._make does, without a Python call a row)."""
    return tuple(map(tuple.__new__, repeat(cls), rows))


#### Stories ###################################################################################
# Pure: articles that tell one story, grouped. Copies of one article (republished, a headline changed,
# a paragraph cut or added) share most of the shingles of their text: their sketches (the smallest
# hashes of their four-word shingles) say so. Reports of one event from different outlets share rare
# names and figures, and are close in date. Work stays near-linear: candidate pairs come only from
# shared buckets of hashes or of rare keys, never from all pairs.

BUCKETS = 8  # of them, the smallest ones an article is filed under, to find its copies
MAX_BUCKET = 40  # a hash more articles share than this is boilerplate, not a story's text
NEAR_COPY = 0.4  # estimated share of shingles above which two articles are copies of one
EVENT_KEYS = 3  # rare names or figures two reports of one event share at least, one of them a name
EVENT_DAYS = 3  # days apart two dated reports of one event may be
RARE_KEY = 0.02  # a key in more than this share of the articles (and more than 4, or MAX_BUCKET) is common
EVENT_SHARE = 0.35  # of the rare keys of two reports together, the share that reports of one event share


class Signature(NamedTuple):
    """What grouping and ranking stories need of one article, kept in memory for every article."""
    sketch: tuple  # bottom-k hashes of its shingles
    keys: tuple  # its distinctive names and figures
    date: str | None
    title: str
    headline: bool
    entities: tuple  # (type, the article's name, named in the headline or lead, mentions, in the headline)
    figure: Figure | None  # its leading figure
    summary: tuple  # its key sentences


def sketch_similarity(a: tuple, b: tuple) -> float:
    """Estimated Jaccard similarity of two articles' shingles from their bottom-k sketches."""
    if not a or not b:
        return 0.0
    union = sorted(set(a) | set(b))[:SKETCH_SIZE]
    both = set(a) & set(b)
    return sum(1 for h in union if h in both) / len(union)


def group_stories(sigs: list[Signature]) -> list[list[int]]:
    """The stories of the articles (0-based indexes), each a sorted list, in rank order: the largest
    first, then by their first article."""
    parent = list(range(len(sigs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        a, b = root(i), root(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    for i, j in copy_pairs(sigs):
        join(i, j)
    for i, j in event_pairs(sigs):
        join(i, j)
    groups = {}
    for i in range(len(sigs)):
        groups.setdefault(root(i), []).append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def copy_pairs(sigs: list[Signature]):
    """Pairs of articles whose texts are copies of one, from the buckets of their smallest hashes."""
    buckets = {}
    for i, s in enumerate(sigs):
        for h in s.sketch[:BUCKETS]:
            buckets.setdefault(h, []).append(i)
    seen = set()
    for members in buckets.values():
        if len(members) > MAX_BUCKET:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if (i, j) not in seen:
                    seen.add((i, j))
                    if sketch_similarity(sigs[i].sketch, sigs[j].sketch) >= NEAR_COPY:
                        yield i, j


def event_pairs(sigs: list[Signature]):
    """Pairs of reports of one event: they share EVENT_KEYS rare keys, one of them a name, which are a
    good part (EVENT_SHARE) of all the rare keys of the two, and are no more than EVENT_DAYS apart when
    both are dated. Two reports that merely name some of the same people stay apart."""
    postings = {}
    for i, s in enumerate(sigs):
        for key in s.keys:
            postings.setdefault(key, []).append(i)
    common = min(max(4, int(RARE_KEY * len(sigs))), MAX_BUCKET)  # capped: pairs grow with the articles, not their square
    rare = [0] * len(sigs)  # rare keys of each article
    shared = {}  # (i, j) -> [keys, names]
    for key, members in postings.items():
        if len(members) > common:
            continue
        for i in members:
            rare[i] += 1
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                count = shared.setdefault((i, j), [0, 0])
                count[0] += 1
                count[1] += key.startswith("e:")
    for (i, j), (keys, names) in sorted(shared.items()):
        if (keys >= EVENT_KEYS and names and keys >= EVENT_SHARE * (rare[i] + rare[j] - keys)
                and days_apart(sigs[i].date, sigs[j].date) <= EVENT_DAYS):
            yield i, j


def days_apart(a: str | None, b: str | None) -> int:
    """Days between two ISO dates; 0 when either is unknown."""
    if not a or not b:
        return 0
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def make_stories(sigs: list[Signature], names: dict) -> tuple[tuple, array]:
    """The stories, ranked, and the story id of each article (in input order)."""
    groups = group_stories(sigs)
    story_of = array("I", bytes(4 * len(sigs)))
    stories = []
    for rank, members in enumerate(groups, 1):
        for i in members:
            story_of[i] = rank
        stories.append(story_record(rank, members, sigs, names))
    return tuple(stories), story_of


STORY_ENTITIES = 4  # names shown for a story
STORY_FIGURES = 2  # figures shown for a story
STORY_PLACES = 2  # of the names shown for a story, places at most


def story_record(rank: int, members: list[int], sigs: list[Signature], names: dict) -> Story:
    """One story: its best headline (the first real one), its most named entities and leading figures."""
    best = next((i for i in members if sigs[i].headline), members[0])
    named = {}  # merged (type, name) -> [articles, articles naming it in the lead, mentions, in the headline]
    for i in members:
        for type_, name, lead, mentions, headline in sigs[i].entities:
            merged = names.get((type_, name))
            if merged is not None:
                count = named.setdefault(merged, [set(), 0, 0, False])
                if i not in count[0]:
                    count[0].add(i)
                    count[1] += lead
                count[2] += mentions
                count[3] = count[3] or (i == best and headline)
    ranked = sorted(named.items(), key=lambda kv: (not kv[1][3], kv[0][0] == "place", -len(kv[1][0]), -kv[1][1],
                                                   -kv[1][2], kv[0][1]))
    # (what the headline names, by any of its names, leads, a place too: "Labour chooses Manchester")
    places = [kv for kv in ranked if kv[0][0] == "place"][STORY_PLACES:]
    ranked = [kv for kv in ranked if kv not in places]  # (room left for the people a headline leaves unnamed)
    figures, at = [], {}  # (value, unit) -> its place in figures
    for i in [best] + [i for i in members if i != best]:
        f = sigs[i].figure
        if f is None:
            continue
        k = at.get((f.value, f.unit))
        if k is not None and telling(0, f) > telling(0, figures[k][0]):
            figures[k] = (f, i + 1)  # the copy that tells most ("Zorba's purchase of" over "purchase of")
        elif k is None and len(figures) < STORY_FIGURES:
            at[(f.value, f.unit)] = len(figures)
            figures.append((f, i + 1))
    dates = sorted(sigs[i].date for i in members if sigs[i].date)
    title = sigs[best].title if sigs[best].headline else f"{sigs[best].title} (no headline)"
    return Story(rank, title, tuple(i + 1 for i in members),
                 tuple(name for (_, name), _ in ranked[:STORY_ENTITIES]), tuple(figures), sigs[best].summary,
                 dates[0] if dates else None)


def in_words(name: str, text: str) -> bool:
    """Whether `name` is written in `text` as whole words ('Zorba' in 'Zorba cuts jobs', not 'Zorbas')."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(name, at + 1)
    return False


def leading_figure(a: Article) -> Figure | None:
    """An article's leading figure: the first money figure of its lead with a measure, else its first
    figure with a measure."""
    with_about = [f for f in a.figures if f.about and not f.derived]
    money = [f for f in with_about if f.unit not in ("percent", "points", "count") and (f.start or 0) < a.lead_end]
    return (money or with_about or [None])[0]


#### Merge #####################################################################################
# Pure: articles -> one digest. Everything here is a function of the articles' own results, in
# input order, so digests of shards merge into exactly the digest of the whole.

class Record:
    """What the articles say of one (type, article's name) while they are folded in."""
    __slots__ = ("aliases", "roles", "ids", "mentions", "lead")

    def __init__(self):
        self.aliases, self.roles, self.ids, self.mentions, self.lead = set(), Counter(), array("I"), 0, 0

    def add(self, e: LocalEntity, article: int) -> None:
        self.aliases.update(e.aliases)
        self.roles.update(e.roles)
        if not self.ids or self.ids[-1] != article:
            self.ids.append(article)
            self.lead += e.lead
        self.mentions += e.mentions


def merge_articles(articles, store=None) -> Digest:
    """One digest of many articles, folded one article at a time: memory holds the entities and
    topic words met so far; the articles themselves go to `store` (a list, or a Spool to keep
    memory bounded). Entities merge by alias; what more than one article has is shared."""
    store = [] if store is None else store
    records = {}  # (type, name) -> Record
    sigs = []  # Signature of each article, for its story
    themes = {}  # topic key -> [articles, total count, {form: count}]
    words = 0
    for i, article in enumerate(articles, 1):
        store.append(article)
        words += article.words
        sigs.append(Signature(article.sketch, article.keys, article.date, article.title, article.headline,
                              tuple((e.type, e.name, e.lead, e.mentions, article.headline
                                     and any(in_words(n, article.title) for n in (e.name, *e.aliases)))
                                    for e in article.entities),
                              leading_figure(article),
                              article.summary))
        for e in article.entities:
            record = records.get((e.type, e.name))
            if record is None:
                record = records[(e.type, e.name)] = Record()
            record.add(e, i)
        for word, n in article.topics:
            key = topic_key(word)
            theme = themes.get(key)
            if theme is None:
                themes[key] = [1, n, {word: n}]
            else:
                theme[0] += 1
                theme[1] += n
                theme[2][word] = theme[2].get(word, 0) + n
    names = resolve_entities(records)
    stories, story_of = make_stories(sigs, names)
    entities = merged_entities(records, names, story_of)
    return Digest(store, tuple(entities), names, shared_items(themes, entities), words, stories, story_of)


def merged_entities(records: dict, names: dict, story_of: array) -> list[Entity]:
    """The digest's entities, each the union of the records merged into it, most salient first: named
    in more stories, then more articles, then more leads, then mentioned more."""
    merged = {}
    for key, r in records.items():
        if names[key] is None:
            continue
        m = merged.setdefault(names[key], [set(), Counter(), [], 0, 0])
        m[0] |= r.aliases | {key[1]}
        m[1].update(r.roles)
        m[2].append(r.ids)
        m[3] += r.mentions
        m[4] += r.lead
    entities = []
    for (type_, name), (aliases, roles, ids, count, lead) in merged.items():
        ids = ids[0] if len(ids) == 1 else array("I", sorted(set().union(*ids)))
        stories = len({story_of[i - 1] for i in ids})
        entities.append(Entity(name, type_, tuple(sorted(aliases - {name})),
                               role_list(roles, name) if type_ == "person" else (), ids, count, stories, lead))
    entities.sort(key=lambda e: (-e.stories, -len(e.articles), -e.lead, -e.mentions, e.name, e.type))
    return entities


def role_list(roles: Counter, name: str = "") -> tuple:
    """An entity's roles, one per concept whatever its case or hyphens ('Chancellor', 'chancellor'),
    in its most frequent form, most frequent first. A role another one makes precise goes ('Secretary'
    beside 'Home Secretary', 'Chancellor' beside 'Chancellor of the Exchequer'), and 'chancellor' goes
    when 'shadow chancellor' is there; but 'president' stays beside 'vice president'."""
    concepts = {}  # key -> [total, {form: count}]
    for role, n in roles.items():
        if name.startswith(role + " "):
            continue  # "Lord" of "Lord Falconer"
        words = role.split()
        while len(words) > 1 and (words[0] in DEMONYMS or words[0] in DEMONYM_EXTRA or words[0] in PARTY_WORDS):
            words = words[1:]  # "Tory Shadow Chancellor" is a shadow chancellor; the party is the party's
        if len(words) == 1 and words[0].lower() in PARTY_POSTS and role.split()[0] in PARTY_WORDS:
            words = [w for w in role.split() if w != "Party"]  # but a leader alone says nothing: "Lib Dem leader"
        role = " ".join(words)
        concept = concepts.setdefault(" ".join(role.casefold().replace("-", " ").split()), [0, {}])
        concept[0] += n
        concept[1][role] = concept[1].get(role, 0) + n
    out = []
    for key, (n, forms) in sorted(concepts.items(), key=lambda kv: (-kv[1][0], kv[0])):
        if "shadow " + key not in concepts and not any(refines(other, key) for other in concepts):
            out.append(min(forms.items(), key=lambda fn: (-fn[1], fn[0]))[0])
    return tuple(r for r in out if not any(party_post_refined(r, other) for other in out))


def party_post_refined(role: str, other: str) -> bool:
    """Whether a party's post ('Lib Dem spokesman') is said better by another role ('home affairs
    spokesman', 'UK Independence Party leader'), or a bare 'party leader' by the party's ('Tory leader')."""
    a, b = role.split(), other.split()
    if role == other or a[-1] != b[-1] or a[-1].lower() not in PARTY_POSTS:
        return False
    if a[0].lower() == "party":
        return b[0] in PARTY_WORDS
    return a[0] in PARTY_WORDS and b[0] not in PARTY_WORDS and b[0].lower() != "party"


PARTY_WORDS = _set("Tory Tories Labour Conservative Conservatives Liberal Lib Dem Dems Democrat Democrats Democratic "
                   "Green SNP Plaid UKIP Party")  # ("Conservative Party co-chairman" is a co-chairman)
PARTY_POSTS = _set("leader co-chairman chairman chairwoman spokesman spokeswoman candidate treasurer whip")
# (posts a party has: "Conservative co-chairman", "Lib Dem leader", not a bare "leader")


def refines(role: str, general: str) -> bool:
    """Whether `role` is a more precise form of `general`: 'home secretary' of 'secretary'."""
    if role.startswith(general + " of "):
        return True
    extra = role[:-len(general)].split() if role.endswith(" " + general) else []
    return bool(extra) and not ROLE_CHANGERS & set(extra)


def resolve_entities(records: dict) -> dict:
    """(type, article's name) -> (type, merged name), or None for a bare name nothing explains.
    Spellings of one person join ('Bernie Ebbers', 'Bernard Ebbers', 'B. Ebbers'); one name keeps
    one type and one form across articles; then a surname or short form joins the one full name
    that its own article, or else the digest, gives it ('Lopez' -> 'Maria Lopez' unless another
    Lopez is known), and an untyped name takes the type of the one entity it names."""
    names = {key: key for key in records if key[0] != "name"}
    join_spellings_of_people(names, records)
    settled = settle_types(names, records)
    forms, any_type, surnames = {}, {}, {}  # (type, form) / form / surname -> merged names
    weight = {}  # merged name -> articles that name it in full
    renamed = {}  # merged name -> the short form that names it in more articles
    for key, record in records.items():
        if key[0] == "name":
            continue
        full = names[key]
        weight[full] = weight.get(full, 0) + len(record.ids)
        for alias in record.aliases | {key[1]}:  # case and spacing aside: "Zelmar", "ZELMAR"
            forms.setdefault((key[0], squash(alias)), set()).add(full)
            any_type.setdefault(squash(alias), set()).add(full)
        if full[0] == "person" and " " in full[1]:  # across articles a bare word is a surname
            surnames.setdefault(full[1].split()[-1], set()).add(full)
    for key in records:
        type_, name = key
        if (type_ == "person" and " " in name) or key in settled:
            continue
        if type_ == "name":
            lookups = ((any_type, squash(name)), (surnames, name))
        elif type_ == "person":
            lookups = ((forms, (type_, squash(name))), (surnames, name))
        else:
            lookups = ((forms, (type_, squash(name))),)
        targets = set()
        for index, form in lookups:
            targets = index.get(form, set()) - {key}
            if targets:
                break
        target = dominant(targets, weight)
        if target and type_ == "organization" and weight.get(key, 0) > weight[target]:
            renamed[target] = key  # "Microsoft" in 70 articles names the entity, not "Microsoft Office" in 5
        elif target:
            names[key] = target
        elif type_ == "name":
            names[key] = None
    join_abbreviated_names(names, records)
    fold_into_short_names(names, records, renamed)
    return {key: renamed.get(full, full) if full else full for key, full in names.items()}


def join_abbreviated_names(names: dict, records: dict) -> None:
    """An organisation's name with a word cut short joins the one name it abbreviates, word for word
    ('Man Utd' and 'Man United' are Manchester United, 'Warner Bros' Warner Brothers, 'Arbor Network'
    Arbor Networks); named by the form more articles use, then the fuller. Capitals stay as written
    ('US Securities' is no 'UBS Securities')."""
    by_initials = {}  # (type, initials) -> organisation names that are their own entity
    for key in records:
        if key[0] == "organization" and names.get(key) == key and " " in key[1]:
            words = key[1].split()  # (a first word is kept or cut to its first three letters or more)
            by_initials.setdefault((words[0][:3].lower(), *(w[0].lower() for w in words)), []).append(key)
    joined = {}  # a name's root -> the root it joins

    def root(key):
        while key in joined:
            key = joined[key]
        return key

    for keys in by_initials.values():
        for key in sorted(keys, key=lambda k: (-len(k[1]), k[1])):  # the fullest first: "Man United", then "Man Utd"
            roots = {root(names[k]) for k in keys if k != key and abbreviates(key[1], k[1])} - {root(names[key])}
            if len(roots) == 1:
                short, into = sorted((root(names[key]), roots.pop()),
                                     key=lambda k: (len(records[k].ids), records[k].mentions, len(k[1]), k[1]))
                joined[short] = into  # (ties: the fuller name)
    if joined:
        for k, v in names.items():
            names[k] = root(v) if v is not None else v  # (an untyped "Man Utd" too)


WORD_ABBREVIATIONS = {"utd": "united", "bros": "brothers", "intl": "international", "natl": "national",
                      "ltd": "limited", "assn": "association", "dept": "department", "govt": "government",
                      "grp": "group", "mgmt": "management", "svcs": "services"}  # the usual short forms of words


def abbreviates(short: str, long: str) -> bool:
    """Whether every word of `short` is the word of `long` in its place or a short form of it: its
    first three letters or more ('Man' of 'Manchester'), or a usual abbreviation ('Utd')."""
    a, b = short.split(), long.split()
    return len(a) == len(b) and a != b and all(
        x == y or (x[:1].isupper() and not x.isupper() and y.isalpha() and (
            (len(x) >= 3 and y.lower().startswith(x.lower())) or WORD_ABBREVIATIONS.get(x.lower()) == y.lower()))
        for x, y in zip(a, b))


def fold_into_short_names(names: dict, records: dict, renamed: dict) -> None:
    """An organisation's longer name that its own articles shorten to another organisation's whole name
    joins it: 'BBC Radio' and 'BBC News', each called 'BBC' in their articles, are the BBC."""
    for key, record in records.items():
        if key[0] != "organization" or names.get(key) != key:
            continue
        words = key[1].split()
        for alias in record.aliases:
            short = ("organization", alias)
            if (alias != key[1] and names.get(short) == short and words[:len(alias.split())] == alias.split()
                    and short not in renamed):
                renamed[key] = renamed.get(short, short)
                break


DOMINANCE = 5  # times the articles of all the others that makes one of several candidates the one meant


def dominant(targets: set, weight: dict):
    """The entity a short form means: the only candidate, or one named in DOMINANCE times as many
    articles as all the others together ('Blair' with Tony Blair in 150 articles and Cherie Blair in 2)."""
    if len(targets) == 1:
        return next(iter(targets))
    if not targets:
        return None
    ranked = sorted(targets, key=lambda t: (-weight.get(t, 0), t))
    rest = sum(weight.get(t, 0) for t in ranked[1:])
    return ranked[0] if weight.get(ranked[0], 0) >= DOMINANCE * max(rest, 1) else None


def join_spellings_of_people(names: dict, records: dict) -> None:
    """Spellings of one person's name are one person: 'Ann B. Lee' and 'Ann Lee'; a short form of the
    given name ('Bernie Ebbers', 'Bernard Ebbers'); an initial when one full name fits it ('A. Lee'
    joins 'Ann Lee' unless there is also an 'Alan Lee'). The longest form (then the most mentioned)
    names them."""
    groups = {}  # (given name, surname), spelling-blind and with short forms made full -> names
    for type_, name in names:
        if type_ == "person" and " " in name:
            words = name.split()
            first = NICKNAMES.get(words[0], words[0])
            groups.setdefault((person_key(first), person_key(words[-1])), []).append(name)
    given_by_surname = {}
    for first, last in groups:
        given_by_surname.setdefault(last, []).append(first)
    for first, last in list(groups):
        if INITIALS.match(groups[(first, last)][0].split()[0]):  # "J. Lee", "J.D. Lee"
            fits = [g for g in given_by_surname[last] if g != first and g[0] == first[0] and len(g) > 2]
            if len(fits) == 1:
                groups[(fits[0], last)] += groups.pop((first, last))
    for group in groups.values():
        best = max(group, key=lambda n: (len(n), records[("person", n)].mentions, n))
        for n in group:
            names[("person", n)] = ("person", best)


PERSON_ODDS = 2  # a name typed a person and something else is a person only with this many times the articles


def settle_types(names: dict, records: dict) -> set:
    """One name, one entity across articles: forms that differ only in case or spacing are one
    ('WorldCom', 'Worldcom', 'WORLDCOM'), named by the most mentioned form not in capitals; a name
    that some articles type a person and others an organisation or place is a person only when
    PERSON_ODDS times as many articles say so ('Halifax'), counting those that name a person of that
    surname in full ('Hodgson' is Charlie Hodgson's surname, not a place). A place and an
    organisation of one name stay apart, a city and its club, a country and its team, unless no
    gazetteer knows the name as a place and PERSON_ODDS times as many articles type it an
    organisation ('Oman signs oil pact with Zelco': Zelco). Returns the records moved."""
    groups, surname_articles = {}, {}  # (the articles naming a person in full, by surname)
    for key in names:
        groups.setdefault(squash(key[1]), []).append(key)
        if key[0] == "person" and " " in key[1]:
            surname = key[1].split()[-1]
            surname_articles[surname] = surname_articles.get(surname, 0) + len(records[key].ids)
    moved = set()
    for keys in groups.values():
        if len(keys) < 2:
            continue
        articles = {}
        for k in keys:
            articles[k[0]] = articles.get(k[0], 0) + len(records[k].ids)
        if "person" in articles:
            articles["person"] += surname_articles.get(keys[0][1], 0)  # ("Hodgson": Charlie Hodgson's too)
        others = {t: n for t, n in articles.items() if t != "person"}
        if "person" in articles and others:
            best = max(others, key=lambda t: (others[t], TYPE_ORDER[t]))
            winner = "person" if articles["person"] >= PERSON_ODDS * others[best] else best
            losers = ("person",) if winner != "person" else tuple(others)
        elif "place" in articles and articles.get("organization", 0) >= PERSON_ODDS * articles["place"] \
                and keys[0][1] not in PLACE_NAMES:
            winner, losers = "organization", ("place",)
        else:
            winner, losers = None, ()
        for type_ in {k[0] for k in keys}:
            same = [k for k in keys if k[0] == type_]
            into = winner if type_ in losers else type_
            targets = [k for k in keys if k[0] == into]
            target = names[max(targets, key=lambda k: (not k[1].isupper(), records[k].mentions, k[1]))]
            for k in same:
                if names[k] != target:
                    names[k] = target
                    moved.add(k)
    return moved


def shared_items(themes: dict, entities: list) -> dict:
    """What more than one article has: people, organisations, places and topic words."""
    shared = {t: [e.name for e in entities if e.type == t and len(e.articles) > 1]
              for t in ("person", "organization", "place")}
    named = {n.casefold() for e in entities if len(e.articles) > 1 for n in (e.name, *e.aliases) if " " not in n}
    named |= {w[:-3] + "y" for w in named if w.endswith("ies")} | {w[:-1] for w in named if w.endswith("s")}
    common = [(total * (0.4 if key in GENERAL_KEYS else 1), count, key)
              for key, (count, total, _) in themes.items()
              if count > 1 and key.casefold() not in named and key.casefold() not in THEME_TITLES
              and not speech_key(key)]
    # (a theme is no one-word name, listed above it already, nor a title, nor a verb of saying: "tory",
    # "labour", "prime", "claims", "saying"); ranked by its mentions, then its articles: a topic is
    # written again and again where it is one, a general word ("need", "issue") once here and there
    common.sort(key=lambda t: (-t[0], -t[1], t[2]))
    shared["themes"] = [min(themes[k][2].items(), key=lambda wn: (-wn[1], wn[0]))[0] for _, _, k in common[:12]]
    return shared


#### Render ####################################################################################
# Pure: digest -> text for people (lines of at most 100 columns) or JSON for programs.

WIDTH = 100
TYPE_HEADINGS = (("person", "PEOPLE"), ("organization", "ORGANISATIONS"), ("place", "PLACES"))


def columns(text: str) -> int:
    """Display width in a terminal: wide and full-width characters (CJK) take two columns, combining
    marks none."""
    if text.isascii():
        return len(text)
    import unicodedata
    others = NON_ASCII.findall(text)  # (only these need a look-up: curly quotes on most lines of news)
    return len(text) - len(others) + sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF"
                                         else 1 for c in others)


NON_ASCII = Lazy(r"[^\x00-\x7f]")


def wrap(text: str, first: str, rest: str) -> list[str]:
    """The words of `text` in lines of at most WIDTH columns, led by `first`, then by `rest`; a word
    wider than a line is cut across lines."""
    lines, line, empty = [], first, True
    for word in text.split():
        width = columns(word)
        if not empty and columns(line) + 1 + width > WIDTH:
            lines.append(line)
            line, empty = rest, True
        while columns(line) + width > WIDTH:  # a run of text without spaces (a URL, CJK)
            head = cut_to(word, WIDTH - columns(line))
            lines.append(line + head)
            line, word = rest, word[len(head):]
            width = columns(word)
        line += word if empty else " " + word
        empty = False
    lines.append(line)
    return lines


def cut_to(text: str, width: int) -> str:
    """The longest start of `text` at most `width` columns wide (at least one character)."""
    n = min(len(text), width)
    while n > 1 and columns(text[:n]) > width:
        n -= 1
    return text[:max(n, 1)]


def one_line(rows: list[str]) -> list[str]:
    """Wrapped lines as one line, cut to WIDTH: the compact form of an item."""
    return [clip(rows[0] + "".join(" " + row.strip() for row in rows[1:]), WIDTH)]


def clip(text: str, width: int) -> str:
    """A line cut to `width` columns, at a word where there is one, with '…' where it was cut."""
    if columns(text) <= width:
        return text
    head = cut_to(text, width - 1)
    if " " in head[1:]:
        head = head.rsplit(" ", 1)[0]
    return head + "…"


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def ids_text(ids: tuple) -> str:
    """'article 1', 'articles 1, 2', or for many '1,234 articles: 1, 2, 5, 8, 13, …'."""
    if len(ids) > 10:
        return f"{len(ids):,} articles: " + ", ".join(map(str, ids[:5])) + ", …"
    return ("article " if len(ids) == 1 else "articles ") + ", ".join(map(str, ids))


def number_text(value: float) -> str:
    """A normalised value for people: '4,800,000,000', '3.5'."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def figure_lines(fig: Figure, article) -> list[str]:
    value = "" if fig.unit in ("percent", "count", "points") else f" = {number_text(fig.value)} {fig.unit}"
    if fig.high is not None and value:
        value = f" = {number_text(fig.value)}–{number_text(fig.high)} {fig.unit}"
    approx = " (approx.)" if fig.approx else ""
    about = f" · {fig.about}" if fig.about else " · measure unclear"
    head = f"  [{article}] " + ("derived " if fig.derived else "")
    lines = wrap(f"{fig.text}{approx}{value}{about}", head, " " * len(f"  [{article}] "))
    if fig.derived:
        how = " − ".join(fig.sources) if fig.unit != "count" and "change" not in fig.about else " → ".join(fig.sources)
        lines += wrap(f"from {how}" + (f"; {fig.note}" if fig.note else ""), " " * (len(f"  [{article}] ") + 2),
                      " " * (len(f"  [{article}] ") + 2))
    return lines


TOP = 12  # items shown per section of the text briefing, unless --top or --all says otherwise
KEY_SENTENCES = 3  # stories up to which every key sentence is shown; past it, one a story


def render_text(d: Digest, top: int | None = TOP):
    """The briefing for people, in pieces of text (lines end in newlines): stories first, then the
    ranked sections, each cut after `top` items (None: everything) with a line saying how many more."""
    def lines(*parts):
        return "\n".join(parts) + "\n"

    def more(shown: int, total: int):
        return [lines(f"  … and {total - shown:,} more (--all)")] if total > shown else []

    count = len(d.articles)
    compact = top is not None and count > top  # a day of news: one line an item, so that it fits a few screens
    fit = one_line if compact else (lambda rows: rows)
    yield lines(f"digest · {plural(count, 'article')} · {plural(len(d.stories), 'story').replace('storys', 'stories')} · "
                f"{plural(d.words, 'word')}")
    shown_stories = d.stories if top is None else d.stories[:top]
    yield lines("", "STORIES")
    dated = any(story.date for story in d.stories)  # when none is, "no date" on every story says nothing
    for story in shown_stories:
        yield lines(*story_lines(story, len(shown_stories) <= KEY_SENTENCES, compact, dated))
    yield from more(len(shown_stories), len(d.stories))
    rank = {i: k for k, story in enumerate(d.stories) for i in story.articles}
    yield lines("", "ARTICLES")
    order = sorted(range(1, count + 1), key=lambda i: (rank.get(i, 0), i))  # in story order
    limit = count if top is None else min(count, top)
    wanted = set(order[:limit])
    texts = {i: article_lines(a, i, compact) for i, a in enumerate(d.articles, 1) if i in wanted}  # one pass over the spool
    for i in order[:limit]:
        yield lines(*texts[i])
    yield from more(limit, count)
    shown = {}
    for type_, heading in TYPE_HEADINGS:
        found = [e for e in d.entities if e.type == type_]
        cut = found if top is None else found[:top]
        shown[type_] = {e.name for e in cut} if len(cut) < len(found) else set()
        yield lines("", heading, *([] if found else ["  (none found)"]))
        for e in cut:
            yield lines(*fit(entity_lines(e)))
        yield from more(len(cut), len(found))
    figures, quotes, dates = ranked_items(d, top)
    for heading, (cut, total), render in (("FIGURES", figures, figure_item_lines), ("QUOTES", quotes, quote_item_lines),
                                          ("TIMELINE", dates, date_item_lines)):
        if heading == "TIMELINE":
            cut = sorted(cut, key=when)
        yield lines("", heading, *([] if total else ["  (none found)"]))
        for item in cut:
            yield lines(*fit(render(d, item)))
        yield from more(len(cut), total)
    yield lines("", "ACROSS ARTICLES")
    for type_, label in (("person", "People"), ("organization", "Organisations"), ("place", "Places")):
        names = [e.name for e in d.entities if e.type == type_ and len(e.articles) > 1 and e.name not in shown[type_]]
        yield lines(*wrap(", ".join(names[:ACROSS]) if names else "none shared", f"  {label}: ", "    "))
    yield lines(*wrap(", ".join(d.shared.get("themes", [])) or "none shared", "  Themes: ", "    "))


ACROSS = 12  # names listed for each kind in ACROSS ARTICLES


def story_lines(story: Story, all_sentences: bool, compact: bool = False, dated: bool = True) -> list[str]:
    """A story: its headline, then its articles, date ('no date' only when `dated`, some story has
    one), main names and leading figure, then its key sentences (compact: one line of each, and two of
    its first key sentence)."""
    head = f"  {story.id}. "
    pad = " " * len(head)
    meta = [ids_text(story.articles)] + ([story.date or "no date"] if story.date or dated else [])
    if story.entities:
        meta.append(", ".join(story.entities))
    if story.figures:
        meta.append(figure_phrase(story.figures[0][0]))
    title, meta = wrap(story.title, head, pad), wrap(" · ".join(meta), pad, pad + "  ")
    if compact:  # the headline, the facts and the story's first key sentence, a line each
        return one_line(title) + one_line(meta) + (one_line(wrap(story.summary[0], pad, pad)) if story.summary else [])
    out = title + meta
    for sentence in story.summary if all_sentences else story.summary[:1]:
        out += wrap(sentence, pad, pad)
    return out


def figure_phrase(f: Figure) -> str:
    """A figure and its measure in a few words: '$9 billion (Ruritanian exports)', '2,500 jobs at the plant'."""
    if not f.about:
        return f.text
    if f.unit == "count" and f.about.split()[0] == f.text.split()[-1]:
        return f"{f.text} {' '.join(f.about.split()[1:])}".strip()  # "12 detainees" + "at Belmarsh"
    return f"{f.text} ({f.about})"


def article_lines(a: Article, i: int, compact: bool = False) -> list[str]:
    """An article's headline, then its byline, date, length and source; compact: one line, with only
    what it has ('[12] Headline · Ann Lee · 2025-01-21 · 356 words · feed/12.txt')."""
    title = a.title if a.headline else f"{a.title} (no headline)"
    if compact:
        known = [part for part in (title, a.byline, a.date, plural(a.words, "word"), a.source) if part]
        return [clip(f"  [{i}] " + " · ".join(known), WIDTH)]
    meta = " · ".join((a.byline or "no byline", a.date or "no date", plural(a.words, "word"), a.source))
    return wrap(title, f"  [{i}] ", " " * (len(str(i)) + 5)) + wrap(meta, " " * (len(str(i)) + 5),
                                                                 " " * (len(str(i)) + 7))


def entity_lines(e: Entity) -> list[str]:
    parts = [e.name] + ([", ".join(e.roles[:3])] if e.roles else [])
    stories = [plural(e.stories, "story").replace("storys", "stories")] if 0 < e.stories < len(e.articles) else []
    parts += [plural(e.mentions, "mention")] + stories + [ids_text(e.articles)]  # (ranked by stories: say so)
    if e.aliases:
        parts.append("also " + ", ".join(e.aliases[:4]))
    return wrap(" · ".join(parts), "  ", "      ")


class Item(NamedTuple):
    """A figure, quotation or date of the briefing with every article it came from (copies count once)."""
    rank: tuple
    articles: tuple  # ids of the articles that have it
    value: object  # the Figure, Quote or DateRef of the first of them


def ranked_items(d: Digest, top: int | None = None) -> tuple:
    """The digest's figures, quotations and dates, each once however many copies carry it, most
    salient first: in more stories, then more articles, then in a lead, then in input order. For each
    kind, (the first `top` items, or all for None; how many there are). Two passes over the articles:
    the first keeps a few numbers per distinct item, the second fetches the items shown, so that
    memory stays small however many articles there are."""
    tallies = ({}, {}, {})  # key -> Tally
    for i, a in enumerate(d.articles, 1):
        story = d.story_of[i - 1]
        for kind, items in enumerate((a.figures, a.quotes, a.dates)):
            for k, item in enumerate(items):
                key = item_key(kind, item, story)
                if key is not None:
                    t = tallies[kind].get(key)
                    if t is None:
                        tallies[kind][key] = Tally(item, a, story, i, k, telling(kind, item))
                    else:
                        t.add(story, i, k, telling(kind, item))
    chosen = []
    for kind, found in enumerate(tallies):
        ranks = [((t.weak, -(len(t.stories) if isinstance(t.stories, set) else 1), -t.articles, *t.first), key)
                 for key, t in found.items()]
        if kind == 2:  # a timeline: the stories on the day they were published, and the dated events
            ranks += [((False, -1, -len(story.articles), False, story.id, story.articles[0], -1), story)
                      for story in d.stories if story.date]
        best = sorted(ranks) if top is None else heapq.nsmallest(top, ranks)
        chosen.append((best, len(ranks)))
    shown = fetch_items(d, [best for best, _ in chosen], tallies)
    return tuple((items, total) for items, (_, total) in zip(shown, chosen))


class Tally:
    """What ranking needs of one distinct item while all of them are counted: where it first came
    (not in a lead, story, article, index), how many articles and which stories carry it, and which
    copy is shown (the first of those that tell most: see `telling`)."""
    __slots__ = ("first", "articles", "last", "stories", "holder", "weak", "told")

    def __init__(self, item, a: Article, story: int, i: int, k: int, told: tuple):
        lead = item.start is not None and item.start < a.lead_end
        self.first, self.articles, self.last = (not lead, story, i, k), 1, i
        self.stories, self.holder = story, (i, k)  # one story's id, or a set of them
        self.told, self.weak = told, not told[0]

    def add(self, story: int, i: int, k: int, told: tuple) -> None:
        if self.last != i:
            self.articles, self.last = self.articles + 1, i
        if isinstance(self.stories, set):
            self.stories.add(story)
        elif self.stories != story:
            self.stories = {self.stories, story}  # most items stay in one story: no set for them
        if told > self.told:
            self.holder, self.told, self.weak = (i, k), told, not told[0]


def fetch_items(d: Digest, best: list, tallies: tuple) -> list:
    """[Items] of each kind for its ranked keys, their values and articles read back from the digest
    in one pass."""
    wanted = [{key: ([], None) for _, key in ranked if not isinstance(key, Story)} for ranked in best]
    holders = [{tally[key].holder: key for key in keys} for keys, tally in zip(wanted, tallies)]
    for i, a in enumerate(d.articles, 1):
        story = d.story_of[i - 1]
        for kind, items in enumerate((a.figures, a.quotes, a.dates)):
            for k, item in enumerate(items):
                key = item_key(kind, item, story)
                if key in wanted[kind]:
                    ids, value = wanted[kind][key]
                    if not ids or ids[-1] != i:
                        ids.append(i)
                    if holders[kind].get((i, k)) == key:
                        wanted[kind][key] = (ids, item)
    return [[Item(rank, key.articles, key) if isinstance(key, Story) else
             Item(rank, tuple(keys[key][0]), keys[key][1]) for rank, key in ranked]
            for ranked, keys in zip(best, wanted)]


def telling(kind: int, value) -> tuple:
    """How much a copy of an item tells, to choose the copy shown: first whether it is not weak; for a
    figure, then whether its "about" says whose ("Zorba's purchase of AT&T" over "purchase of AT&T"),
    how much it names ("value of Zorba United" over "value of the Premier club"), and how many words it
    has, up to ABOUT_WORDS (a fuller measure over a bare head)."""
    if kind != 0:
        return (not weak(kind, value),)
    about = DIRECTION_TAG.sub("", value.about or "")
    owned = "'s " in about or "’s " in about or "s' " in about or about.endswith(")")
    named = sum(w[:1].isupper() for w in about.split()[1:])
    return not weak(kind, value), owned, named, min(len(about.split()), ABOUT_WORDS)


def weak(kind: int, value) -> bool:
    """Whether an item says less than others of its kind: a figure whose measure is unclear, a quotation
    with no speaker (scare quotes: 'the "golden rule"') or of a few words, a date that is a bare year ('in 1997')."""
    if kind == 0:  # (a count whose measure is only what it counts, "800,000 workers · workers", says little)
        return not value.about or (value.unit == "count" and value.about == value.text.split()[-1])
    if kind == 1:  # (or a phrase quoted inside a reporter's sentence: "scorching", "margins of society")
        return value.speaker is None or len(value.text.split()) < QUOTE_WORDS
    return len(value.value or "") == 4


QUOTE_WORDS = 5  # a quotation shorter than this is a phrase, not something said


def item_key(kind: int, item, story: int):
    """What makes two items one: in one story, the same amount of the same measure (copies of an
    article repeat it); the same quoted words of the same speaker; the same resolved date. Unresolved
    dates are left out of the briefing."""
    if kind == 0:
        return (story, item.unit, item.value, head_noun(item.about) if item.about else "", item.derived)
    if kind == 1:  # a digest of the words: the keys of every quotation stay in memory while ranking
        return item.speaker, blake2b(" ".join(item.text.casefold().split()).encode(), digest_size=12).digest()
    return item.value or None  # one line a date, however it is written ("17 March 2003", "March 17 2003")


def figure_item_lines(d: Digest, item: Item) -> list[str]:
    return figure_lines(item.value, item_ids(item))


def quote_item_lines(d: Digest, item: Item) -> list[str]:
    q = item.value
    name = d.names.get(("person", q.speaker)) or d.names.get(("organization", q.speaker))
    speaker = name[1] if name else None
    return wrap(f"{speaker or 'unattributed'}: “{q.text}”", f"  [{item_ids(item)}] ", " " * (len(item_ids(item)) + 5))


def date_item_lines(d: Digest, item: Item) -> list[str]:
    if isinstance(item.value, Story):
        story = item.value
        return [clip(f"  {story.date} · story {story.id} published: {story.title}", WIDTH)]
    r = item.value
    return [f"  {r.value} · {' '.join(r.text.split())} [{item_ids(item)}]"]


def when(item: Item) -> str:
    """The date of a timeline item: a story's publication day, or an event's date."""
    return item.value.date if isinstance(item.value, Story) else item.value.value


def item_ids(item: Item) -> str:
    """'2', '1, 4', '1, 4, 9, … (12 articles)'."""
    ids = item.articles
    return ", ".join(map(str, ids)) if len(ids) <= 4 else ", ".join(map(str, ids[:3])) + f", … ({len(ids)} articles)"


def speaker_name(d: Digest, q: Quote) -> str | None:
    """The merged name of a quotation's speaker."""
    hit = d.names.get(("person", q.speaker)) or d.names.get(("organization", q.speaker))
    return hit[1] if hit else q.speaker


def json_number(value: int | float) -> int | float:
    """A figure's exact value for JSON: whole values as integers (4800000000, not 4800000000.0);
    others as the shortest decimal that reads back the same (2.745)."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def figure_dict(f: Figure, article: int) -> dict:
    out = {"text": f.text, "value": json_number(f.value), "unit": f.unit, "about": f.about, "article": article}
    if f.derived:
        out.update(derived=True, **{"from": list(f.sources)}, note=f.note)
    else:
        out.update(start=f.start, end=f.end, approx=f.approx)
        if f.high is not None:
            out["high"] = json_number(f.high)
    return out


def local_index(a: Article) -> dict:
    """(type, article's name) -> position in the article's entities."""
    return {(e.type, e.name): k for k, e in enumerate(a.entities)}


def article_dict(a: Article, i: int, names: dict, story: int) -> dict:
    """One article's own extraction, with entity names as the digest merged them; "local" points
    into the article's own entities, so that digests can be merged again."""
    local = local_index(a)
    return {
        "id": i, "source": a.source, "title": a.title, "headline": a.headline, "byline": a.byline,
        "date": a.date, "words": a.words, "story": story,
        "entities": [{"name": e.name, "type": e.type, "entity": (names.get((e.type, e.name)) or (None, None))[1],
                      "aliases": list(e.aliases), "roles": list(e.roles), "mentions": e.mentions, "lead": e.lead}
                     for e in a.entities],
        "mentions": [{"start": m.start, "end": m.end, "text": m.text, "type": names[(m.type, m.entity)][0],
                      "entity": names[(m.type, m.entity)][1], "local": local[(m.type, m.entity)]}
                     for m in a.mentions if names.get((m.type, m.entity))],
        "unresolved": [{"start": m.start, "end": m.end, "text": m.text, "local": local[(m.type, m.entity)]}
                       for m in a.mentions if not names.get((m.type, m.entity))],
        "topics": [[w, n] for w, n in a.topics],
        "summary": list(a.summary),
        "lead_end": a.lead_end, "sketch": list(a.sketch), "keys": list(a.keys),
    }


def quote_dict(d: Digest, a: Article, q: Quote, i: int, local: dict) -> dict:
    """A quotation; its speaker is always the merged name of the article's entity at speaker_local."""
    spoken = speaker_local(a, q, local)
    speaker = d.names.get((a.entities[spoken].type, q.speaker)) if spoken is not None else None
    return {"text": q.text, "speaker": speaker[1] if speaker else None, "speaker_local": spoken if speaker else None,
            "article": i, "start": q.start, "end": q.end}


def speaker_local(a: Article, q: Quote, local: dict) -> int | None:
    """The index of a quotation's speaker among its article's entities, or None."""
    if q.speaker is None:
        return None
    for type_ in ("person", "organization", "place", "name"):
        if (type_, q.speaker) in local:
            return local[(type_, q.speaker)]
    return None


def digest_records(d: Digest):
    """(plural kind, kind, its records) for everything in the digest, in the order JSON prints them."""
    def articles():
        for i, a in enumerate(d.articles, 1):
            yield article_dict(a, i, d.names, d.story_of[i - 1])

    def stories():
        for s in d.stories:
            yield {"id": s.id, "title": s.title, "articles": list(s.articles), "entities": list(s.entities),
                   "figures": [figure_dict(f, i) for f, i in s.figures], "date": s.date}

    def entities():
        for e in d.entities:
            yield {"name": e.name, "type": e.type, "aliases": list(e.aliases), "roles": list(e.roles),
                   "articles": list(e.articles), "mentions": e.mentions, "stories": e.stories}

    def figures():
        for i, a in enumerate(d.articles, 1):
            for f in a.figures:
                yield figure_dict(f, i)

    def quotes():
        for i, a in enumerate(d.articles, 1):
            local = local_index(a) if a.quotes else {}
            for q in a.quotes:
                yield quote_dict(d, a, q, i, local)

    def dates():
        for i, a in enumerate(d.articles, 1):
            for r in a.dates:
                yield {"text": r.text, "value": r.value, "relative": r.relative, "article": i,
                       "start": r.start, "end": r.end}

    return (("articles", "article", articles()), ("stories", "story", stories()), ("entities", "entity", entities()),
            ("figures", "figure", figures()), ("quotes", "quote", quotes()), ("dates", "date", dates()))


def shared_dict(d: Digest) -> dict:
    return {"people": d.shared.get("person", []), "organizations": d.shared.get("organization", []),
            "places": d.shared.get("place", []), "themes": d.shared.get("themes", [])}


def render_json(d: Digest):
    """The digest as one JSON object (schema in README.md), one record a line so diffs stay readable."""
    dumps = JSON_ENCODER.encode
    yield f'{{"digest": {dumps(__version__)}'
    for key, _, records in digest_records(d):
        yield f',\n "{key}": ['
        sep = "\n  "
        for record in records:
            yield sep + dumps(record)
            sep = ",\n  "
        yield "]" if sep == "\n  " else "\n ]"
    yield f',\n "shared": {dumps(shared_dict(d))}\n}}\n'


JSON_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "),
                                check_circular=False)  # the fast C encoder; records are fresh trees, never circular


def render_jsonl(d: Digest):
    """The digest as JSON lines, each with a "kind": article, entity, figure, quote, date, shared."""
    encode = JSON_ENCODER.encode
    for _, kind, records in digest_records(d):
        for record in records:
            yield encode({"kind": kind, **record}) + "\n"
    yield encode({"kind": "shared", **shared_dict(d)}) + "\n"


RENDERERS = {"text": render_text, "json": render_json, "jsonl": render_jsonl}


#### Workers ###################################################################################
# Articles are extracted in worker processes, a batch of files at a time, and come back in input
# order, so the output is the same bytes for every -j. digest_source is the work for one file, the
# same in one process or many. At most IN_FLIGHT batches a worker are in flight, so memory stays
# bounded whatever the input. Small inputs stay in one process.

def digest_source(path: str, limit: int) -> tuple:
    """(article or None when skipped, warnings, characters read) of one source. An article that
    breaks the extractor is skipped with a warning, not a traceback: one bad article costs itself."""
    try:
        text, note = read_source(path, limit)
    except DigestError as e:
        return None, [str(e)], 0
    notes, name = [note] if note else [], shown(path)
    if not text.strip():
        return None, notes + [f"{name}: empty, skipped"], len(text)
    try:
        article = extract_article(text, name)
    except (Exception, RecursionError) as e:  # a bug met on this article: say so, go on with the rest
        return None, notes + [f"{name}: could not be digested ({type(e).__name__}: {e}), skipped"], len(text)
    if not article.words and not article.entities:
        return None, notes + [f"{name}: nothing left after cleaning (only navigation or captions), skipped"], len(text)
    return article, notes, len(text)


POOL_MIN = 24  # fewer files than this are quicker in one process than with a pool to start
BATCH = 8  # files per task: fewer round trips, still an even spread
IN_FLIGHT = 4  # batches in flight per worker


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def in_workers(files: list[str], limit: int, jobs: int):
    """digest_source of each file, in order, computed by `jobs` worker processes. Ctrl-C, SIGTERM
    and a worker that dies end the workers with the run: none is left behind."""
    import concurrent.futures
    import multiprocessing
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else methods[0])
    batches = (files[k:k + BATCH] for k in range(0, len(files), BATCH))
    with signals_held():  # the first submit forks every worker and starts the pool's thread
        pool = concurrent.futures.ProcessPoolExecutor(jobs, mp_context=context, initializer=worker_start)
        pending = [pool.submit(digest_batch, batch, limit) for batch in islice(batches, 1)]
    try:
        for batch in batches:
            pending.append(pool.submit(digest_batch, batch, limit))
            if len(pending) >= IN_FLIGHT * jobs:
                yield from unpack_batch(pending.pop(0))
        while pending:
            yield from unpack_batch(pending.pop(0))
    except concurrent.futures.process.BrokenProcessPool:
        raise DigestError("a worker process died (out of memory?); run with -j 1 to find the article") from None
    finally:
        with signals_held():  # a second Ctrl-C must not cut the clean-up short
            for process in list(getattr(pool, "_processes", {}).values()):  # no orphans, whatever happened
                process.terminate()
            pool.shutdown(wait=True, cancel_futures=True)


HELD_SIGNALS = ("SIGINT", "SIGTERM")


@contextmanager
def signals_held():
    """Ctrl-C and SIGTERM wait (blocked, not lost) until the block ends. While workers are forked:
    a worker forked with the main process's handlers would print a traceback on them, and a signal in
    the middle of starting the pool's thread leaves a pool that cannot shut down (or hangs)."""
    import signal
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {getattr(signal, name) for name in HELD_SIGNALS})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def worker_start() -> None:
    """In a worker (forked with Ctrl-C and SIGTERM held): Ctrl-C is the main process's to handle;
    SIGTERM ends the worker at once, and only then are both let through."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {getattr(signal, name) for name in HELD_SIGNALS})


def digest_batch(paths: list[str], limit: int) -> list:
    """digest_source of each path, the articles as marshal bytes (quicker to send than pickles)."""
    out = []
    for path in paths:
        article, notes, chars = digest_source(path, limit)
        out.append((article and marshal.dumps(plain_article(article)), notes, chars))
    return out


def unpack_batch(future) -> list:
    return [(data and article_from_plain(marshal.loads(data)), notes, chars) for data, notes, chars in future.result()]


#### CLI #######################################################################################

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3  # 2 is argparse's own
EXIT_INTERRUPTED = 128 + 2  # the shell's code for a process stopped by SIGINT (Ctrl-C)
EXIT_TERMINATED = 128 + 15  # ... and by SIGTERM


class Terminated(BaseException):
    """SIGTERM arrived: unwind as Ctrl-C does, so that no temporary file is left behind."""


def positive(text: str) -> int:
    """An argument that must be a whole number of at least 1."""
    import argparse
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {text!r}")
    return int(text)


def build_parser():
    import argparse
    parser = argparse.ArgumentParser(
        prog="digest", description=__doc__.split("\n\n", 1)[1].split("\n\nexamples:")[0],
        epilog="examples:\n" + __doc__.split("examples:\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="article files, folders of *.txt files, or - for standard input; "
                             "with merge, digests written by --format json")
    parser.add_argument("-f", "--format", choices=sorted(RENDERERS), default="text",
                        help="text for people (default), json or jsonl for programs")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of stdout")
    parser.add_argument("-q", "--quiet", action="store_true", help="no warnings and no progress on stderr")
    parser.add_argument("--top", type=positive, default=TOP, metavar="N",
                        help=f"items shown per section of the text briefing (default {TOP})")
    parser.add_argument("--all", action="store_true", help="show every item of every section of the text briefing")
    parser.add_argument("--max-bytes", type=positive, default=MAX_BYTES, metavar="N",
                        help=f"skip an article larger than N bytes (default {MAX_BYTES:,}; a digest given to "
                             f"merge may be {DIGEST_LIMIT} times that)")
    parser.add_argument("-j", "--jobs", type=positive, default=None, metavar="N",
                        help="worker processes extracting articles (default: the usable cores; 1: one process)")
    parser.add_argument("--merge", action="store_true",
                        help="the paths are JSON digests of shards: print the digest of their union "
                             "(also: digest merge A.json B.json ...)")
    parser.add_argument("--version", action="version", version=f"digest {__version__}")
    return parser


class Messages:
    """Warnings and errors on stderr, one line each, prefixed 'digest: ', in UTF-8 whatever the
    locale; a progress line on a terminal is erased before a warning is printed over it."""

    def __init__(self, quiet: bool):
        self.quiet, self.said, self.progress = quiet, [], None

    def warn(self, message: str) -> None:
        self.said.append(message)
        if not self.quiet:
            self.write(f"digest: {message}\n")

    def error(self, message: str) -> None:
        self.write(f"digest: {message}\n")

    def write(self, text: str) -> None:
        if self.progress is not None:
            self.progress.erase()
        try:
            stream = getattr(sys.stderr, "buffer", None)
            if stream is None:
                sys.stderr.write(text)
            else:
                stream.write(text.encode("utf-8", "backslashreplace"))
            sys.stderr.flush()
        except (OSError, ValueError):
            pass  # nowhere left to say it


def read_articles(files: list[str], messages: Messages, skipped: list, limit: int, progress=None, jobs: int = 1):
    """Each readable source extracted, in input order, in `jobs` processes; unreadable, too large,
    empty and emptied ones are warned about (in input order too) and counted in `skipped`."""
    if jobs > 1 and len(files) >= POOL_MIN and "-" not in files:
        results = in_workers(files, limit, jobs)
    else:
        results = (digest_source(path, limit) for path in files)
    for path, (article, notes, chars) in zip(files, results):
        for note in notes:
            messages.warn(note)
        if progress:
            progress.advance(chars)
        if article is None:
            skipped.append(path)
        else:
            yield article


class Progress:
    """One line on a terminal's stderr, redrawn in place once a run has taken two seconds:
    articles done of all, and megabytes a second. Erased at the end, and before any warning."""

    def __init__(self, total: int, stream):
        import time
        self.clock, self.total, self.stream = time.monotonic, total, stream
        self.started = self.shown = self.clock()
        self.done = self.chars = 0
        self.visible = False

    def advance(self, chars: int) -> None:
        self.done += 1
        self.chars += chars
        now = self.clock()
        if now - self.started >= 2 and now - self.shown >= 0.2:
            self.shown = now
            rate = self.chars / 1e6 / (now - self.started)
            self.stream.write(f"\rdigest: {self.done:,}/{self.total:,} articles · {rate:.1f} MB/s\x1b[K")
            self.stream.flush()
            self.visible = True

    def erase(self) -> None:
        if self.visible:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.visible = False

    close = erase


def write_output(pieces, path: str | None) -> None:
    """Pieces of text to stdout as they come, or to `path`: a device, FIFO or socket is written
    straight; a regular file (or a new one) through an unnamed temporary file in the folder of the
    link's target, given the old file's mode and owner and renamed over it only once complete, so
    that a failed or interrupted run leaves any earlier file untouched and no temporary file behind.
    Every error of writing, flushing or closing is a DigestError naming where."""
    if path is None:
        if sys.stdout is None:  # started with stdout closed (>&-)
            raise DigestError("<stdout>: closed, nothing can be written")
        try:
            out = sys.stdout.buffer
            for piece in pieces:
                out.write(piece.encode("utf-8"))
            out.flush()
        except BrokenPipeError:
            raise
        except OSError as e:
            quiet_stdout()
            raise DigestError(f"<stdout>: {e.strerror or e}") from None
        return
    name, target = shown(path), os.path.realpath(path)
    try:
        old = os.stat(target)
    except FileNotFoundError:
        old = None
    except OSError as e:
        raise DigestError(f"{name}: cannot write: {e.strerror or e}") from None
    if old is not None and not stat.S_ISREG(old.st_mode):
        write_straight(pieces, target, name)  # /dev/null, a FIFO, a terminal: no rename over them
        return
    folder = os.path.dirname(target)
    fd, temp = open_temporary(folder, name)
    try:
        with os.fdopen(fd, "wb") as f:
            for piece in pieces:
                f.write(piece.encode("utf-8"))
            f.flush()
            keep_mode_and_owner(f.fileno(), old)
            temp = temp or link_unnamed(f.fileno(), folder)
        os.replace(temp, target)
        temp = None
    except OSError as e:
        raise DigestError(f"{name}: cannot write: {e.strerror or e}") from None
    finally:
        if temp:
            try:
                os.unlink(temp)
            except OSError:
                pass


def write_straight(pieces, target: str, name: str) -> None:
    """Pieces written straight into a device, FIFO or socket."""
    try:
        with open(target, "wb") as f:
            for piece in pieces:
                f.write(piece.encode("utf-8"))
    except OSError as e:
        raise DigestError(f"{name}: cannot write: {e.strerror or e}") from None


def open_temporary(folder: str, name: str) -> tuple[int, str | None]:
    """(fd, path) of a new temporary file in `folder`: unnamed where the system allows it (O_TMPFILE,
    so that even SIGKILL leaves nothing), else named .digest-*.tmp (path None for the unnamed one)."""
    flag = getattr(os, "O_TMPFILE", 0)
    if flag:
        try:
            return os.open(folder, flag | os.O_WRONLY, 0o600), None
        except OSError:
            pass  # a file system without unnamed files: fall back to a named one
    import tempfile
    try:
        return tempfile.mkstemp(prefix=".digest-", suffix=".tmp", dir=folder)
    except OSError as e:
        raise DigestError(f"{name}: cannot write here: {e.strerror or e}") from None


def link_unnamed(fd: int, folder: str) -> str:
    """A name in `folder` for an unnamed temporary file, given once its content is complete."""
    import random
    fds = os.open("/proc/self/fd", os.O_RDONLY | os.O_DIRECTORY)
    try:
        while True:
            temp = os.path.join(folder, f".digest-{random.getrandbits(48):012x}.tmp")
            try:  # linkat(AT_SYMLINK_FOLLOW): a directory fd makes os.link use it
                os.link(str(fd), temp, src_dir_fd=fds, follow_symlinks=True)
                return temp
            except FileExistsError:
                continue
    finally:
        os.close(fds)


def keep_mode_and_owner(fd: int, old) -> None:
    """An existing output keeps its permissions and, where allowed, its owner; a new one gets the
    permissions the umask gives new files."""
    if old is None:
        mask = os.umask(0)
        os.umask(mask)
        os.fchmod(fd, 0o666 & ~mask)
        return
    os.fchmod(fd, stat.S_IMODE(old.st_mode))
    try:
        os.fchown(fd, old.st_uid, old.st_gid)
    except OSError:
        pass  # only the owner's own files, or root, may change owner


def quiet_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def on_sigterm(signum, frame):
    raise Terminated()


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (documented in README.md)."""
    import signal
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["merge"]:  # "digest merge a.json b.json" is "digest --merge a.json b.json"
        argv = ["--merge"] + argv[1:]
    try:
        previous = signal.signal(signal.SIGINT, signal.default_int_handler), \
            signal.signal(signal.SIGTERM, on_sigterm)
    except ValueError:
        previous = None  # not the main thread: leave the handlers alone
    try:
        return run(build_parser().parse_args(argv))
    except KeyboardInterrupt:  # Ctrl-C: stop without a traceback, as the shell expects
        return EXIT_INTERRUPTED
    except Terminated:
        return EXIT_TERMINATED
    finally:  # a signal during the interpreter's own shutdown takes the action it had before main
        for signum, handler in zip((signal.SIGINT, signal.SIGTERM), previous or ()):
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)


def run(args) -> int:
    """Digest what the parsed arguments name and write it out."""
    messages, skipped = Messages(args.quiet), []
    try:
        output = file_id(args.output) if args.output else None
        if output is not None and not args.merge:
            for path in args.paths:
                if path != "-" and file_id(path) == output:  # "digest a.txt -o a.txt" would lose a.txt
                    messages.error(f"{shown(args.output)}: the output is one of the inputs")
                    return EXIT_USAGE
        if args.merge:
            limit = DIGEST_LIMIT * args.max_bytes
            articles = (a for path in args.paths for a in read_digests(path, limit))
        else:
            files, problems = find_sources(args.paths, {output} if output else set())
            for problem in problems:
                messages.warn(problem)
            skipped += problems
            if not args.quiet and sys.stderr.isatty():
                messages.progress = Progress(len(files), sys.stderr)
            articles = read_articles(files, messages, skipped, args.max_bytes, messages.progress,
                                     args.jobs or default_jobs())
        with Spool() as spool:
            digest = merge_articles(articles, spool)
            if messages.progress:
                messages.progress.close()
            if not len(digest.articles):
                if args.quiet and messages.said:  # --quiet silences warnings, not the error that ends the run
                    more = f" (and {len(messages.said) - 1} more)" if len(messages.said) > 1 else ""
                    messages.error(f"nothing to digest: {messages.said[0]}{more}")
                else:
                    messages.error("nothing to digest")
                return EXIT_FAILURE
            pieces = render_text(digest, None if args.all else args.top) if args.format == "text" \
                else RENDERERS[args.format](digest)
            write_output(pieces, args.output)
        return EXIT_PARTIAL if skipped else EXIT_OK
    except DigestError as e:
        messages.error(str(e))
        return EXIT_FAILURE
    except BrokenPipeError:  # the reader closed the pipe (| head): stop quietly, as the Python docs advise
        quiet_stdout()
        return EXIT_FAILURE


gc.freeze()  # the tables built at import, out of the collector's way for the rest of the run
gc.enable()

if __name__ == "__main__":
    sys.exit(main())
