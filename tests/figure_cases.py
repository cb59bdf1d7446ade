"""Invented test sentences for the figure extractor of the news-digest tool.

Every sentence below was written for this table; company, person and
place-specific names are fictional (real countries and currencies are used
where they fix the currency).

CASES is a tuple of 5-tuples (6-tuples for ranges):

    (sentence, figure_text, value, unit, about[, high])

sentence
    A news-style sentence (8-35 words) or, in the headline group, a
    headline-style line (8-12 words, no final full stop).
figure_text
    The exact substring of ``sentence`` that the figure covers.  Hedge words
    ("about", "nearly", "more than", "up to", ...) are left out; a range
    runs from its first amount to its last ("5% and 6%" in "between 5% and
    6%", "$30-40m") and is one figure; a count
    includes its counted noun ("2,500 jobs").
value
    The normalised value as a plain decimal string: exact, no exponent, no
    trailing zeros ("$4.5bn" -> "4500000000", "3.75p" -> "0.0375",
    "12%" -> "12", "-0.1%" -> "-0.1").  A minor unit is 1/100 of its
    currency (pence -> GBP, cents -> USD unless the sentence names another
    currency, e.g. "euro cents" -> EUR, "Canadian cents" -> CAD).
    Multipliers: k/thousand 1e3, m/mn/mln/million 1e6, bn/billion 1e9,
    tn/trillion 1e12, lakh 1e5, crore 1e7.
    For a range the value is the LOW end and the row carries a sixth
    element, the high end; the multiplier and unit written
    once apply to both ends ("$50-100,000" is 50000 to 100000).
unit
    An ISO 4217 code ("USD", "GBP", "EUR", "JPY", ...), or "percent",
    "points" (percentage points) or "count".  Plain "$" and "dollars" are
    USD; an ambiguous currency name is pinned down by context in the
    sentence ("Oslo-based ... kroner" -> NOK, "Swiss ... francs" -> CHF).
about
    One lower-case head noun (or several, separated by "|", where more than
    one reading is fair), occurring as a word in the sentence, naming
    what the figure measures ("Exports rose to $4bn" -> "exports",
    "a $2bn offer for the airline" -> "offer", "cut 2,500 jobs" -> "jobs").

Rows whose marked text is NOT a figure (years, dates, times, ages, scores,
model names, street numbers, ...) have the form

    (sentence, distractor_text, "", "none", "")

Each row checks at most one figure.  Rows are grouped by the comment lines
"# N group name"; each row sits on a single line.
"""

CASES = (
    # 1 digits with separators and decimals
    ("Norvale Foods reported revenue of $1,245,600 for the quarter, slightly above what analysts had pencilled in.", "$1,245,600", "1245600", "USD", "revenue"),
    ("The Brackwater council approved a budget of £3,482,750 for road repairs over the coming financial year.", "£3,482,750", "3482750", "GBP", "budget"),
    ("Turnout reached 64.37% in the northern districts, the highest figure since the constituency boundaries were redrawn.", "64.37%", "64.37", "percent", "turnout"),
    ("Shares in Ostrel Minerals closed at €18.465 on Friday after a volatile week of trading in Frankfurt.", "€18.465", "18.465", "EUR", "price"),
    ("Donations to the Pellow Trust reached C$2,375,480.50 during its winter appeal across Manitoba.", "C$2,375,480.50", "2375480.5", "CAD", "donations"),
    ("Marlow Bay Water will pay a fine of £1,250,000 after sewage leaked into local rivers last spring.", "£1,250,000", "1250000", "GBP", "fine"),
    ("The average house price in the county rose to £287,945, according to figures from the land registry.", "£287,945", "287945", "GBP", "price"),
    ("Kestrel Air carried 4,582,316 passengers in the year to March, a record for the regional carrier.", "4,582,316 passengers", "4582316", "count", "passengers"),
    ("Inflation in the eurozone was 2.35% in May, figures from the statistics office showed on Tuesday.", "2.35%", "2.35", "percent", "inflation"),
    ("Government borrowing reached A$12,604.5 million in the month, data published in Canberra on Thursday showed.", "A$12,604.5 million", "12604500000", "AUD", "borrowing"),
    ("Dividends paid by Harlan Mutual totalled $0.875 a share for the year, in line with the board's guidance.", "$0.875", "0.875", "USD", "dividends"),

    # 2 negative figures
    ("The economy shrank unexpectedly, with growth of -0.1% in the third quarter, official figures showed on Wednesday.", "-0.1%", "-0.1", "percent", "growth"),
    ("Consumer prices in Sweden changed by −2.6% over the year, the steepest annual fall on record.", "−2.6%", "-2.6", "percent", "prices"),
    ("Swiss inflation came in at minus 0.3% in April as the strong franc pushed down import costs.", "minus 0.3%", "-0.3", "percent", "inflation"),
    ("Retail sales growth was -1.8% in December, far worse than the small rise economists had forecast.", "-1.8%", "-1.8", "percent", "growth"),
    ("The Tallow Index delivered a return of −4.25% in the first half, its weakest showing in a decade.", "−4.25%", "-4.25", "percent", "return"),
    ("Japan's core inflation stood at minus 0.2 percent in the latest reading, the statistics bureau in Tokyo said.", "minus 0.2 percent", "-0.2", "percent", "inflation"),
    ("Bond yields in Germany fell to -0.35% on Monday as investors rushed into the safest assets.", "-0.35%", "-0.35", "percent", "yields"),
    ("Real wage growth came in at minus 3% last year, the union said, as prices outpaced pay settlements.", "minus 3%", "-3", "percent", "growth"),
    ("Norvale's net cash position was -$45m at the end of June, compared with a positive balance a year earlier.", "-$45m", "-45000000", "USD", "position"),

    # 3 number words
    ("The Osaka bakery chain received a fine of five million yen for mislabelling the origin of its flour.", "five million yen", "5000000", "JPY", "fine"),
    ("The cost of rebuilding the region's power grid could reach half a trillion dollars, officials estimate.", "half a trillion dollars", "500000000000", "USD", "cost"),
    ("A quarter of a million people marched through the capital on Saturday to protest against pension cuts.", "A quarter of a million people", "250000", "count", "people"),
    ("The Lisbon-based lender booked provisions of two billion euros to cover potential losses on property loans.", "two billion euros", "2000000000", "EUR", "provisions"),
    ("The pipeline will carry a million barrels of crude a day once it is fully running.", "a million barrels", "1000000", "count", "barrels"),
    ("Three thousand workers walked out at the Brenmoor steelworks in a dispute over overtime pay.", "Three thousand workers", "3000", "count", "workers"),
    ("The museum received a donation of seven hundred thousand pounds from a retired shipping magnate.", "seven hundred thousand pounds", "700000", "GBP", "donation"),
    ("Rescue crews evacuated twelve hundred residents as floodwater rose along the river on Sunday night.", "twelve hundred residents", "1200", "count", "residents"),
    ("Sales of the new Velmora handset topped one and a half million units in its first week.", "one and a half million units", "1500000", "count", "units"),
    ("The airline posted a loss of forty-five million dollars in the quarter as fuel costs climbed sharply.", "forty-five million dollars", "45000000", "USD", "loss"),
    ("The government plans to plant ten million trees over the coming decade, the environment minister said.", "ten million trees", "10000000", "count", "trees"),
    ("A Seoul court ordered the chipmaker to pay three billion won in damages to a former supplier.", "three billion won", "3000000000", "KRW", "damages"),
    ("The bank's chief economist said a rise of a quarter of a percentage point was now likely.", "a quarter of a percentage point", "0.25", "points", "rise"),
    ("Fifteen hundred homes lost power after the storm brought down lines across the valley.", "Fifteen hundred homes", "1500", "count", "homes"),

    # 4 multipliers and abbreviations
    ("Norvale Foods agreed an $85m deal to buy a Dutch snack maker, the company said on Monday.", "$85m", "85000000", "USD", "deal"),
    ("Pretax profit at Dallow Engineering rose to £12.5mn in the six months to June.", "£12.5mn", "12500000", "GBP", "profit"),
    ("The Kuwaiti fund made a $240 mln investment in the Indian toll road operator, a regulatory filing showed.", "$240 mln", "240000000", "USD", "investment"),
    ("Revenue at Corvane Telecom climbed to €3.2bn last year, helped by strong demand for fibre broadband.", "€3.2bn", "3200000000", "EUR", "revenue"),
    ("The cost of the new hospital programme is put at 4.5 billion pounds, the health ministry said.", "4.5 billion pounds", "4500000000", "GBP", "cost"),
    ("Japan's public debt stood at ¥1,250 trillion at the end of March, the finance ministry in Tokyo said.", "¥1,250 trillion", "1250000000000000", "JPY", "debt"),
    ("Global spending on data centres will reach $1.2tn by the end of the decade, the consultancy forecast.", "$1.2tn", "1200000000000", "USD", "spending"),
    ("The starting salary for graduate engineers at the Derby firm rose to £32k this year.", "£32k", "32000", "GBP", "salary"),
    ("Proceeds from the charity's fundraising gala came to $450k, a record for the annual event.", "$450k", "450000", "USD", "proceeds"),
    ("Each household will receive a payment of 600 thousand won under the government's relief scheme.", "600 thousand won", "600000", "KRW", "payment"),
    ("The Mumbai developer reported net profit of Rs 450 crore for the quarter, up from a year earlier.", "Rs 450 crore", "4500000000", "INR", "profit"),
    ("The Pune start-up closed a funding round of ₹75 lakh from angel investors to expand its delivery network.", "₹75 lakh", "7500000", "INR", "round"),
    ("The state government approved a ₹1,200 crore package for drought-hit farmers on Thursday.", "₹1,200 crore", "12000000000", "INR", "package"),
    ("Fines collected by the regulator totalled 2.4 mln euros last year, up sharply from the year before.", "2.4 mln euros", "2400000", "EUR", "fines"),
    ("Brightwell Energy reported a loss of $7.8 billion after writing down the value of its offshore fields.", "$7.8 billion", "7800000000", "USD", "loss"),
    ("Sales at the Hamburg retailer fell to €640m in the quarter as shoppers cut back on clothing.", "€640m", "640000000", "EUR", "sales"),
    ("Annual income from parking fees in the city is A$95 mn, the mayor told a public meeting.", "A$95 mn", "95000000", "AUD", "income"),
    ("Household wealth rose to $3.5 tn in the second quarter, central bank data showed on Friday.", "$3.5 tn", "3500000000000", "USD", "wealth"),

    # 5 currency before the number
    ("Hollis Mining raised US$600 million in a share sale to fund its copper project in Chile.", "US$600 million", "600000000", "USD", "sale|raised"),
    ("The Vancouver-based retailer posted quarterly sales of C$1.85 billion, beating analyst forecasts.", "C$1.85 billion", "1850000000", "CAD", "sales"),
    ("The Brisbane airport operator reported underlying earnings of A$412 million for the year.", "A$412 million", "412000000", "AUD", "earnings"),
    ("Jadewater Properties agreed the sale of an office tower in Kowloon for HK$3.6bn to a mainland insurer.", "HK$3.6bn", "3600000000", "HKD", "sale"),
    ("The Auckland dairy co-operative lifted its forecast milk price to NZ$8.25 per kilogram of milk solids.", "NZ$8.25", "8.25", "NZD", "price"),
    ("Provisions at Singapore's Tembury Bank rose to S$210 million in the quarter as bad loans increased.", "S$210 million", "210000000", "SGD", "provisions"),
    ("The London-listed miner paid a fine of £18m to settle allegations of bribery in West Africa.", "£18m", "18000000", "GBP", "fine"),
    ("The European Commission imposed a €95 million penalty on the Belgian chemicals group for price fixing.", "€95 million", "95000000", "EUR", "penalty"),
    ("The Tokyo carmaker expects operating profit of ¥2.4 trillion in the current financial year.", "¥2.4 trillion", "2400000000000", "JPY", "profit"),
    ("The Indian railway operator placed an order worth ₹8,500 crore for new carriages.", "₹8,500 crore", "85000000000", "INR", "order"),
    ("The Chennai textile exporter said its annual revenue rose to Rs 3,200 million.", "Rs 3,200 million", "3200000000", "INR", "revenue"),
    ("The São Paulo airline reported a net loss of R$780 million for the second quarter.", "R$780 million", "780000000", "BRL", "loss"),
    ("The Accra utility completed a bond issue of USD 5m, its first foray into international markets.", "USD 5m", "5000000", "USD", "issue"),
    ("The Dutch pension fund made a commitment of EUR 3bn to renewable infrastructure over the coming years.", "EUR 3bn", "3000000000", "EUR", "commitment"),
    ("The Geneva watchmaker launched a CHF 2bn bond programme to refinance its existing debt.", "CHF 2bn", "2000000000", "CHF", "programme"),
    ("Net profit at Qinglan Steel rose to CNY 4.8bn last year as infrastructure demand recovered.", "CNY 4.8bn", "4800000000", "CNY", "profit"),
    ("Investors made a bid of $14.75 a share for the remaining stake in the Texas pipeline operator.", "$14.75", "14.75", "USD", "bid"),
    ("The Stockholm-listed miner reported quarterly revenue of SEK 9.2bn, broadly in line with forecasts.", "SEK 9.2bn", "9200000000", "SEK", "revenue"),
    ("Shares in Elgin Brewing closed at £4.62 after the brewer reported stronger summer trading.", "£4.62", "4.62", "GBP", "price"),
    ("The Ohio-based restaurant chain agreed a settlement of $2.3m with former employees over unpaid overtime.", "$2.3m", "2300000", "USD", "settlement"),

    # 6 currency after the number
    ("The Madrid-based builder won a contract worth 5 million euros to upgrade the city's tram depot.", "5 million euros", "5000000", "EUR", "contract"),
    ("The Ohio farm cooperative reported profits of 12 million dollars for the harvest season.", "12 million dollars", "12000000", "USD", "profits"),
    ("The Edinburgh fund manager oversees assets of 40 billion pounds sterling on behalf of pension schemes.", "40 billion pounds sterling", "40000000000", "GBP", "assets"),
    ("The Nagoya machine tool maker expects sales of 350 billion yen in the year to March.", "350 billion yen", "350000000000", "JPY", "sales"),
    ("The Shenzhen battery maker reported net income of 6.2 billion yuan for the first half.", "6.2 billion yuan", "6200000000", "CNY", "income"),
    ("The state-owned Chinese lender issued bonds worth 20 billion renminbi to fund rural infrastructure projects.", "20 billion renminbi", "20000000000", "CNY", "bonds"),
    ("The Hangzhou e-commerce group agreed a deal worth 800 million RMB for control of a logistics firm.", "800 million RMB", "800000000", "CNY", "deal"),
    ("The Delhi hospital chain's share offering was worth 9 billion rupees, making it the year's largest listing.", "9 billion rupees", "9000000000", "INR", "offering"),
    ("The Jakarta cement maker posted a profit of 1.8 trillion rupiah last year despite weak construction demand.", "1.8 trillion rupiah", "1800000000000", "IDR", "profit"),
    ("The Lagos bank reported pretax profit of 320 billion naira, helped by higher interest income.", "320 billion naira", "320000000000", "NGN", "profit"),
    ("The Johannesburg retailer's annual sales reached 54 billion rand, driven by growth in its clothing division.", "54 billion rand", "54000000000", "ZAR", "sales"),
    ("The Stockholm-listed truck maker posted an operating profit of 11.5 billion kronor in the quarter.", "11.5 billion kronor", "11500000000", "SEK", "profit"),
    ("The Oslo-based shipping group paid a dividend of 3.5 billion kroner to its shareholders this year.", "3.5 billion kroner", "3500000000", "NOK", "dividend"),
    ("The Danish wind turbine maker reported revenue of 48 billion Danish kroner for the year.", "48 billion Danish kroner", "48000000000", "DKK", "revenue"),
    ("The Lausanne food group reported sales of 9.4 billion Swiss francs in the first half.", "9.4 billion Swiss francs", "9400000000", "CHF", "sales"),
    ("The Swiss drugmaker's research budget is 6 billion francs this year, its chief executive said.", "6 billion francs", "6000000000", "CHF", "budget"),
    ("The Russian steelmaker reported net profit of 85 billion roubles in the first nine months.", "85 billion roubles", "85000000000", "RUB", "profit"),
    ("The Brazilian meatpacker reported revenue of 14 billion reais for the quarter, ahead of expectations.", "14 billion reais", "14000000000", "BRL", "revenue"),
    ("The Mexican cement maker's investment in a new kiln near Monterrey will total 2.5 billion pesos.", "2.5 billion pesos", "2500000000", "MXN", "investment"),
    ("The South Korean shipbuilder won orders worth 4 trillion won from European container lines.", "4 trillion won", "4000000000000", "KRW", "orders"),
    ("The Turkish airport operator reported revenue of 18 billion lira last year as passenger traffic recovered.", "18 billion lira", "18000000000", "TRY", "revenue"),
    ("The Polish utility plans capital spending of 12 billion zloty on grid upgrades over the coming years.", "12 billion zloty", "12000000000", "PLN", "spending"),
    ("The Saudi petrochemicals group reported net income of 3.2 billion riyals for the quarter.", "3.2 billion riyals", "3200000000", "SAR", "income"),
    ("Sales at the Dubai property developer reached 7 billion dirhams in the first half of the year.", "7 billion dirhams", "7000000000", "AED", "sales"),
    ("The Kuala Lumpur palm oil producer reported revenue of 5.6 billion ringgit for the year.", "5.6 billion ringgit", "5600000000", "MYR", "revenue"),
    ("The Thai hotel group reported a profit of 2.2 billion baht as tourist arrivals recovered.", "2.2 billion baht", "2200000000", "THB", "profit"),
    ("The Nairobi telecom operator secured a loan of 50 million USD from a development bank.", "50 million USD", "50000000", "USD", "loan"),
    ("The Manila conglomerate reported net income of 25 billion Philippine pesos, lifted by its property arm.", "25 billion Philippine pesos", "25000000000", "PHP", "income"),
    ("The Argentine oil producer's exports reached 900 million dollars in the quarter, a company record.", "900 million dollars", "900000000", "USD", "exports"),
    ("The Norwegian salmon farmer reported quarterly earnings of 2.8 billion Norwegian kroner on strong prices.", "2.8 billion Norwegian kroner", "2800000000", "NOK", "earnings"),
    ("The Calgary pipeline company reported sales of 3.4 billion Canadian dollars for the year.", "3.4 billion Canadian dollars", "3400000000", "CAD", "sales"),
    ("The Perth gold miner posted a profit of 620 million Australian dollars as bullion prices climbed.", "620 million Australian dollars", "620000000", "AUD", "profit"),
    ("The Hong Kong land sale raised 5 billion Hong Kong dollars for the government, officials said.", "5 billion Hong Kong dollars", "5000000000", "HKD", "sale"),
    ("The Nigerian airline's loss widened to 45 billion naira last year as jet fuel costs soared.", "45 billion naira", "45000000000", "NGN", "loss"),
    ("The Singapore port operator's profit rose to 900 million Singapore dollars on higher container volumes.", "900 million Singapore dollars", "900000000", "SGD", "profit"),
    ("A Warsaw court ordered the bank to pay 2 million zloty in compensation to mortgage borrowers.", "2 million zloty", "2000000", "PLN", "compensation"),
    ("The Cape Town wine exporter's sales rose to 900 million rand as demand from Europe recovered.", "900 million rand", "900000000", "ZAR", "sales"),

    # 7 minor units
    ("Shares in Elmbridge Homes closed at 274.5 pence in London on Tuesday after a broker upgrade.", "274.5 pence", "2.745", "GBP", "price"),
    ("The insurer declared a final dividend of 3.75p a share, payable to investors in June.", "3.75p", "0.0375", "GBP", "dividend"),
    ("The price of a gallon of milk in Ohio rose by 50 cents after feed costs jumped.", "50 cents", "0.5", "USD", "price"),
    ("The toll on the Limerick bridge will rise to 70 euro cents per crossing for motorcycles.", "70 euro cents", "0.7", "EUR", "toll"),
    ("The Michigan utility will add a 12-cent surcharge to each monthly bill to fund storm repairs.", "12-cent", "0.12", "USD", "surcharge"),
    ("The Ontario regulator approved a fare increase of 65 Canadian cents for each bus journey in the city.", "65 Canadian cents", "0.65", "CAD", "increase"),
    ("The Frankfurt-listed carmaker will pay a dividend of 85 euro cents per share for the year.", "85 euro cents", "0.85", "EUR", "dividend"),
    ("The Paris-listed theme park operator priced its new shares at 9 euros cents each.", "9 euros cents", "0.09", "EUR", "price"),
    ("The Sydney-listed bank will pay an interim dividend of 92 Australian cents a share.", "92 Australian cents", "0.92", "AUD", "dividend"),
    ("Shares in Fairholt Mining closed at 112p after the miner cut its production forecast.", "112p", "1.12", "GBP", "price"),
    ("A stamp for a first-class letter will cost 95p from April, the postal operator said.", "95p", "0.95", "GBP", "stamp"),
    ("The Texas refiner's earnings came to 68 cents a share in the quarter, beating forecasts.", "68 cents", "0.68", "USD", "earnings"),
    ("Coffee futures in New York climbed to 245.6 cents a pound on worries about the Brazilian crop.", "245.6 cents", "2.456", "USD", "futures"),
    ("The Ohio transit authority will raise the basic bus fare by 25 cents in September.", "25 cents", "0.25", "USD", "fare"),

    # 8 percentages
    ("Unemployment fell to 5.1% in the third quarter, the lowest rate in nearly a decade.", "5.1%", "5.1", "percent", "unemployment"),
    ("Sales at Norvale Foods rose 7 per cent in the year, helped by higher prices for its frozen meals.", "7 per cent", "7", "percent", "sales"),
    ("House prices in the region climbed 4.2 percent over the twelve months to June.", "4.2 percent", "4.2", "percent", "prices"),
    ("Shares in Calder Airways jumped 11 pct in early trading after the carrier raised its outlook.", "11 pct", "11", "percent", "price"),
    ("The central bank held its main interest rate at 3.75% for a fourth consecutive meeting.", "3.75%", "3.75", "percent", "rate"),
    ("Voter turnout in the by-election was 38 per cent, the lowest recorded in the constituency.", "38 per cent", "38", "percent", "turnout"),
    ("The Polish government expects economic growth of 3.1 percent next year, the finance minister said.", "3.1 percent", "3.1", "percent", "growth"),
    ("Exports from the port rose 9.6% last month as demand from Asian buyers picked up.", "9.6%", "9.6", "percent", "exports"),
    ("Mortgage approvals dropped 14 pct in May, according to figures from the industry body.", "14 pct", "14", "percent", "approvals"),
    ("The Ridgefield council will raise property taxes by 4.99% next year to fund school repairs.", "4.99%", "4.99", "percent", "taxes"),
    ("The household savings rate in the country has risen to 12.5 per cent of disposable income.", "12.5 per cent", "12.5", "percent", "rate"),

    # 9 percentage points
    ("The central bank raised interest rates by 0.25 percentage points on Thursday to tame inflation.", "0.25 percentage points", "0.25", "points", "rates"),
    ("The jobless rate rose 3pp over the year as factories laid off staff across the north.", "3pp", "3", "points", "rate"),
    ("Margins at the Hartwell supermarket chain improved by 1.5 percentage points in the half year.", "1.5 percentage points", "1.5", "points", "margins"),
    ("The Farland central bank cut its benchmark rate by half a percentage point to support growth.", "half a percentage point", "0.5", "points", "rate"),
    ("The government's share of the vote fell by 6.5 percentage points compared with the last election.", "6.5 percentage points", "6.5", "points", "share"),

    # 10 counts with their counted noun
    ("Hollbrook Motors will cut 2,500 jobs across its European plants as demand for diesel cars falls.", "2,500 jobs", "2500", "count", "jobs"),
    ("The festival attracted 85,000 people to the riverside park despite heavy rain on Saturday.", "85,000 people", "85000", "count", "people"),
    ("The offshore field is expected to pump 240,000 barrels of oil a day at its peak.", "240,000 barrels", "240000", "count", "barrels"),
    ("The developer plans to build 3,600 homes on the former airfield south of the town.", "3,600 homes", "3600", "count", "homes"),
    ("The Slovak factory produced 412,000 cars last year, a record for the plant.", "412,000 cars", "412000", "count", "cars"),
    ("The airport handled 18.6 million passengers in the year, close to its pre-pandemic level.", "18.6 million passengers", "18600000", "count", "passengers"),
    ("The founder sold 4.2 million shares in the company, according to a stock exchange filing.", "4.2 million shares", "4200000", "count", "shares"),
    ("The Chilean mine produced 52,000 tonnes of copper in the quarter, up on the previous period.", "52,000 tonnes", "52000", "count", "tonnes"),
    ("The carmaker recalled 68,000 vehicles in North America over a faulty fuel pump.", "68,000 vehicles", "68000", "count", "vehicles"),
    ("The bank plans to close 45 branches across Wales and the west of England.", "45 branches", "45", "count", "branches"),
    ("The strike disrupted journeys for 120,000 commuters on the city's underground network on Monday.", "120,000 commuters", "120000", "count", "commuters"),
    ("The port handled 9,500 containers a day during the busiest week of the season.", "9,500 containers", "9500", "count", "containers"),
    ("The retailer employs 14,800 staff across its stores in Scotland and the north of England.", "14,800 staff", "14800", "count", "staff"),
    ("The refinery on the Humber processes 310,000 barrels of crude every day.", "310,000 barrels", "310000", "count", "barrels"),
    ("Norvale Foods plans to hire 1,100 workers at a new plant in Leicestershire.", "1,100 workers", "1100", "count", "workers"),
    ("The steelworks shipped 75,000 tonnes of steel to customers in Germany during the month.", "75,000 tonnes", "75000", "count", "tonnes"),

    # 11 ranges
    ("Bankers expect the sale of Tarrow Pharma's animal health unit to fetch $30-40m.", "$30-40m", "30000000", "USD", "sale", "40000000"),
    ("The estimated value of the Holloway Mills site is £40m-£50m, according to local agents.", "£40m-£50m", "40000000", "GBP", "value", "50000000"),
    ("Wage rises of 8%-10% are expected in the construction sector this year, a survey of employers found.", "8%-10%", "8", "percent", "rises", "10"),
    ("Economists expect inflation to settle between 5% and 6% by the end of the year.", "5% and 6%", "5", "percent", "inflation", "6"),
    ("The ministry forecasts growth of 5-6% for the economy in the coming years.", "5-6%", "5", "percent", "growth", "6"),
    ("The Milan fashion house expects revenue of €1.5-2bn from its new accessories line.", "€1.5-2bn", "1500000000", "EUR", "revenue", "2000000000"),
    ("The cost of consultancy work on the project is put at $50-100,000, council papers show.", "$50-100,000", "50000", "USD", "cost", "100000"),
    ("The restructuring will lead to the loss of between 200 and 300 jobs at the Derby site.", "200 and 300 jobs", "200", "count", "jobs", "300"),
    ("The software company plans to hire 2,000-3,000 engineers in India over the coming years.", "2,000-3,000 engineers", "2000", "count", "engineers", "3000"),
    ("Economists expect the central bank to raise rates by 0.5-0.75 percentage points at its next meeting.", "0.5-0.75 percentage points", "0.5", "points", "rates", "0.75"),
    ("The Osaka group wants a price of ¥80bn-¥100bn for its chemicals division, people familiar with the matter said.", "¥80bn-¥100bn", "80000000000", "JPY", "price", "100000000000"),
    ("The fine is expected to be between €200m and €300m, according to a draft decision seen by reporters.", "€200m and €300m", "200000000", "EUR", "fine", "300000000"),
    ("Turnout is forecast at 60-65 per cent in Sunday's regional election, pollsters said.", "60-65 per cent", "60", "percent", "turnout", "65"),
    ("Margins at the bus company could shrink by between 10% to 15% as diesel costs climb, managers warned.", "10% to 15%", "10", "percent", "margins", "15"),
    ("Advisers value Orlo shares at A$3.45 to A$3.95, well above the bid from a Perth rival.", "A$3.45 to A$3.95", "3.45", "AUD", "value|shares", "3.95"),
    ("The treasury published a growth forecast of 3% to 3.5% for next year on Wednesday.", "3% to 3.5%", "3", "percent", "forecast|growth", "3.5"),
    ("Shares in Westmere Energy are likely to be priced at 180-210p, the bank running the flotation said.", "180-210p", "1.8", "GBP", "price", "2.1"),
    ("The Swedish group expects annual savings of 1.2-1.5 billion kronor from the merger with its Stockholm rival.", "1.2-1.5 billion kronor", "1200000000", "SEK", "savings", "1500000000"),
    ("The oil field could hold 400-500 million barrels, according to an initial survey by the operator.", "400-500 million barrels", "400000000", "count", "barrels", "500000000"),
    ("Mortgage rates are expected to fall to 4-4.5% later this year, brokers said.", "4-4.5%", "4", "percent", "rates", "4.5"),

    # 12 approximations
    ("The takeover gives Brindle Chemicals a value of about $3.2bn including debt, the companies said.", "$3.2bn", "3200000000", "USD", "value"),
    ("Around 40,000 people lost power after the storm brought down lines across the county.", "40,000 people", "40000", "count", "people"),
    ("Exports of rice fell nearly 12% in the first half as drought hit the harvest.", "12%", "12", "percent", "exports"),
    ("The airline's losses came to almost £900m in the year, the biggest in its history.", "£900m", "900000000", "GBP", "losses"),
    ("Some 3,000 passengers were stranded at the airport after a computer failure grounded flights.", "3,000 passengers", "3000", "count", "passengers"),
    ("The cost of the refurbishment will be roughly €45m, the city council said in a statement.", "€45m", "45000000", "EUR", "cost"),
    ("More than 6,000 homes were damaged by the earthquake, according to local officials.", "6,000 homes", "6000", "count", "homes"),
    ("Customers could receive compensation of up to £2,000 each under the redress scheme.", "£2,000", "2000", "GBP", "compensation"),
    ("The cost of the strike to the carmaker has risen to over $500m in lost production, analysts estimate.", "$500m", "500000000", "USD", "cost"),
    ("Profit at the Brazilian bank rose roughly 8 percent in the quarter on higher lending.", "8 percent", "8", "percent", "profit"),
    ("Nearly half a million barrels of oil a day were lost because of the pipeline outage.", "half a million barrels", "500000", "count", "barrels"),
    ("About 1,100 workers at the plant voted in favour of strike action, the union said.", "1,100 workers", "1100", "count", "workers"),
    ("The streaming service now has almost 2 million subscribers in Germany after a strong summer campaign.", "2 million subscribers", "2000000", "count", "subscribers"),
    ("Ticket prices for the summer concerts rose by more than 20 per cent, fans complained.", "20 per cent", "20", "percent", "prices"),

    # 13 about phrases - harder clause shapes
    ("Exports of machinery rose to $4.3bn in March, customs data showed on Monday.", "$4.3bn", "4300000000", "USD", "exports"),
    ("Imports fell to €12.6bn as weaker consumer demand cut purchases of foreign cars.", "€12.6bn", "12600000000", "EUR", "imports"),
    ("The deal was worth £1.1bn, according to people briefed on the terms of the agreement.", "£1.1bn", "1100000000", "GBP", "deal"),
    ("Total compensation for the chief executive came to $14m last year, the proxy filing showed.", "$14m", "14000000", "USD", "compensation"),
    ("The country's foreign reserves stood at $86bn at the end of September, the central bank said.", "$86bn", "86000000000", "USD", "reserves"),
    ("Granmoor Capital made a $2bn offer for the regional airline, which its board rejected on Friday.", "$2bn", "2000000000", "USD", "offer"),
    ("Regulators handed the lender a £45m fine over failures in its money laundering controls.", "£45m", "45000000", "GBP", "fine"),
    ("The sovereign fund has built a $600m stake in Peltier Motors, a filing shows.", "$600m", "600000000", "USD", "stake"),
    ("Ashcombe Retail rejected a £780m bid from a private equity consortium led by Redland Partners.", "£780m", "780000000", "GBP", "bid"),
    ("The utility reported a $320m loss for the year after writing off its coal plants.", "$320m", "320000000", "USD", "loss"),
    ("In the referendum, 54% of voters backed the proposal to merge the two councils.", "54%", "54", "percent", "voters"),
    ("The Qatari fund holds a stake of 12% in the London property group, according to its annual report.", "12%", "12", "percent", "stake"),
    ("The payments firm was valued at $1.8bn in its latest funding round, its founders said.", "$1.8bn", "1800000000", "USD", "firm"),
    ("Shares in Orrin Pharma fell 4% after a trial of its lead drug missed its main goal.", "4%", "4", "percent", "price"),
    ("The estate was valued at £6.5m when it was placed on the market last spring.", "£6.5m", "6500000", "GBP", "estate"),
    ("Spending on defence came to 2.5% of national output last year, the ministry said.", "2.5%", "2.5", "percent", "spending"),
    ("Net debt at the group stood at €9.4bn at the end of June, down from the previous year.", "€9.4bn", "9400000000", "EUR", "debt"),
    ("Operating costs rose 6% to $2.2bn, pushing margins to their lowest level in years.", "$2.2bn", "2200000000", "USD", "costs"),
    ("A 3% fall in subscriber numbers hit the broadcaster's quarterly results.", "3%", "3", "percent", "numbers"),
    ("The group announced a 10% rise in dividends after a year of record trading.", "10%", "10", "percent", "dividends"),
    ("The insurer agreed a $750m settlement with policyholders over denied flood claims.", "$750m", "750000000", "USD", "settlement"),
    ("The airport's expansion plan, which was costed at £3.4bn, was approved by ministers on Wednesday.", "£3.4bn", "3400000000", "GBP", "plan"),
    ("Proceeds from last month's spectrum auction came to $9bn, well above official expectations.", "$9bn", "9000000000", "USD", "proceeds"),
    ("The takeover bid of £5.5bn for Halden Water was withdrawn after the regulator raised concerns.", "£5.5bn", "5500000000", "GBP", "bid"),
    ("Wheat prices, which had been falling for months, rose 8% on Tuesday after the export ban.", "8%", "8", "percent", "prices"),
    ("Losses at the state railway widened to 4.2 billion rand, the South African transport minister told parliament.", "4.2 billion rand", "4200000000", "ZAR", "losses"),
    ("A fine of €120m was imposed on the telecoms group for blocking rival networks.", "€120m", "120000000", "EUR", "fine"),
    ("Shares in the Lisbon lender, which has struggled with bad loans, dropped 9% on Monday.", "9%", "9", "percent", "shares"),
    ("Investment in renewable energy across the region was worth $48bn last year, the agency estimated.", "$48bn", "48000000000", "USD", "investment"),
    ("The inheritance, which was left to a cats' home, was valued at £850,000 by the executors.", "£850,000", "850000", "GBP", "inheritance"),
    ("A 15% stake in the Ghanaian mine was sold to the government for an undisclosed sum.", "15%", "15", "percent", "stake"),
    ("Just 23% of voters said they trusted the government on the economy, the poll found.", "23%", "23", "percent", "voters"),
    ("The pay deal, worth 4.5% in total, was accepted by nurses in a ballot on Friday.", "4.5%", "4.5", "percent", "deal"),
    ("The island state still owes its Gulf lenders about $6.5bn, the finance ministry said on Friday.", "$6.5bn", "6500000000", "USD", "debt"),
    ("About 1,400 jobs will be lost when the Dunmore smelter closes next spring, the union said.", "1,400 jobs", "1400", "count", "lost"),
    ("A hot summer lifted the Harwick brewer's annual profits by 14%.", "14%", "14", "percent", "profits"),
    ("Cheaper fuel helped push down the inflation rate to 1.9% in May, official figures showed.", "1.9%", "1.9", "percent", "rate"),
    ("The bakery chain made $4m this spring, against a profit of $19m a year before.", "$19m", "19000000", "USD", "profit"),
    ("Ministers may let towns exceed the 4% cap on council tax rises if they hold a local vote.", "4%", "4", "percent", "cap"),
    ("Over a cancelled licence, a Ruritanian mining group is claiming $1.2bn in damages from Peru.", "$1.2bn", "1200000000", "USD", "damages"),
    ("Mortgage rates in Norway are set to stay on hold at 3.5% after the central bank met.", "3.5%", "3.5", "percent", "rates"),
    ("Calder Foods shares closed five pence higher at 187 pence after the results.", "187 pence", "1.87", "GBP", "price"),
    ("Kenya has raised the cap on foreign ownership of listed telecoms firms from 40% to 60%.", "40%", "40", "percent", "cap"),
    ("The Lisbon bottler employs 3,400 people across its four plants, its annual report says.", "3,400 people", "3400", "count", "employed"),
    ("More than 1,200 homes damaged by the floods will be rebuilt by the council.", "1,200 homes", "1200", "count", "damaged"),
    ("Sales at the Dunmore chain were 6.5% higher than a year earlier, it said.", "6.5%", "6.5", "percent", "sales"),
    ("The Perth miner's half-year net profit climbed 12%, helped by higher iron ore prices.", "12%", "12", "percent", "profit"),
    ("The Osaka brewer cut its dividend even though it made a record profit of 41bn yen.", "41bn yen", "41000000000", "JPY", "profit"),
    ("The airline offered to repay its lenders $120m of the $400m it owes.", "$120m", "120000000", "USD", "repayment"),
    ("A profit warning sent Tarrow Records shares more than 12% lower in early trading.", "12%", "12", "percent", "price|shares"),
    ("On Friday the Malaysian ringgit slipped 0.4% against the dollar.", "0.4%", "0.4", "percent", "ringgit"),
    ("The storms will cut ticket sales by at least A$20m, the Darwin ferry line said.", "A$20m", "20000000", "AUD", "sales"),
    ("To end the lawsuit, the broker will pay $240m and rewrite its fee rules.", "$240m", "240000000", "USD", "payment"),
    ("The new bid values the football club at £650m, including its debts.", "£650m", "650000000", "GBP", "value"),
    ("Total revenue grew 6.2% to 12bn euros even as profits slipped.", "6.2%", "6.2", "percent", "revenue"),
    ("After heavy losses, the Ruritanian insurer says as many as 1,800 jobs will go.", "1,800 jobs", "1800", "count", "go|jobs"),
    ("The cyclone killed about 4,000 people and flattened coastal towns in 2019.", "4,000 people", "4000", "count", "killed"),
    ("Annual production capacity at the Pune plant will reach 250,000 scooters once the new line opens.", "250,000 scooters", "250000", "count", "capacity"),
    ("Zelmar delivered 640,000 tablets last year, an increase of 7% on 2024.", "7%", "7", "percent", "tablets"),
    ("Zelmar delivered 640,000 tablets last year, while rival Orvo reported an increase of 7% in its sales.", "7%", "7", "percent", "sales"),
    ("Under the plan, public spending would expand by 12% over three years.", "12%", "12", "percent", "spending"),
    ("The Zelmar cloud service costs users $2 for an hour of computing time.", "$2", "2", "USD", "price"),
    ("Of the miner's shareholders, 41% live in Canada, 22% in Chile and 9% in Peru.", "22%", "22", "percent", "shareholders"),
    ("Oslo-listed Varde Shipping shares closed up 4.2% on Friday after the results.", "4.2%", "4.2", "percent", "price"),
    ("Next year Ghana's $3.2bn loan agreement with the IMF comes to an end.", "$3.2bn", "3200000000", "USD", "loan|agreement"),
    ("Cold weather pushed crude past $70 a barrel on Monday, traders said.", "$70", "70", "USD", "price"),
    ("For next year the minister expects export growth of between 4% and 5%.", "4% and 5%", "4", "percent", "growth", "5"),
    ("The party repaid £300,000 to a former treasurer after the row.", "£300,000", "300000", "GBP", "repayment"),
    ("India's Tata Power will pay 900 million Sri Lankan rupees for the Kandy plant, India's regulator said.", "900 million Sri Lankan rupees", "900000000", "LKR", "plant|payment"),
    ("Household spending suffered a 0.5% slide last year while exports rose 6%.", "0.5%", "0.5", "percent", "slide|spending"),
    ("Output grew 0.5% in the spring, just ahead of the 0.4% forecast by most economists.", "0.4%", "0.4", "percent", "forecast"),
    ("The bulk of the aid - about $90m - will be spent on rebuilding schools in the valley.", "$90m", "90000000", "USD", "bulk|aid"),
    ("In the fortnight after the vote, the Vantor index shed 8% of its value.", "8%", "8", "percent", "index"),
    ("With an annual capacity of 2.5 million tonnes, the Tarrow works is the largest cement plant in the state.", "2.5 million tonnes", "2500000", "count", "capacity"),
    ("The carmaker agreed to pay the Ohio regulator $14m to settle claims over faulty airbags.", "$14m", "14000000", "USD", "payment"),
    ("Over the decade, fees for sending money home fell by between 20% and 30%, a study estimates.", "20% and 30%", "20", "percent", "fees", "30"),
    ("Chile's growth forecast for 2026 is being lowered from 3.1% to 2.4% by the agency.", "3.1%", "3.1", "percent", "forecast"),

    # 14 not figures
    ("The company was founded in 1987 by a pair of brothers who ran a bakery in Leeds.", "1987", "", "none", ""),
    ("The chief executive, aged 45, will step down at the end of the month.", "aged 45", "", "none", ""),
    ("Nine out of 10 landlords in the survey said they expected rents to rise this year.", "10 landlords", "", "none", ""),
    ("The cheapest model comes with 512 megabytes of memory and a small hard drive.", "512 megabytes", "", "none", ""),
    ("The sequel Zorbaquest 2 won the best console game prize at the awards in London.", "2 won", "", "none", ""),
    ("A few hundred protesters gathered outside the refinery gates on Tuesday morning.", "hundred protesters", "", "none", ""),
    ("The meeting will start at 7.45pm in the council chamber on the high street.", "7.45pm", "", "none", ""),
    ("The prime minister returned to No. 10 after a brief visit to flood-hit towns in the north.", "No. 10", "", "none", ""),
    ("Many offices still run software written for Windows 95, the security researchers warned.", "Windows 95", "", "none", ""),
    ("The company's headquarters moved to 88 Harbour Street after the lease on its old offices expired.", "88 Harbour Street", "", "none", ""),
    ("Rovers won the final 3-1 after extra time in front of a capacity crowd.", "3-1", "", "none", ""),
    ("The Velora X5 went on sale in dealerships across Germany on Friday.", "Velora X5", "", "none", ""),
    ("The agreement was signed on 14 March in a ceremony at the foreign ministry.", "14 March", "", "none", ""),
    ("The new rules take effect from January 2026, the regulator said in a statement.", "January 2026", "", "none", ""),
    ("The 1960s office block will be demolished to make way for a public park.", "1960s", "", "none", ""),
    ("The trial resumes on Monday at 10am at the crown court in Kingsbridge.", "10am", "", "none", ""),
    ("Flight KX238 to Lisbon was delayed after a bird strike on take-off.", "KX238", "", "none", ""),
    ("The 42-year-old goalkeeper signed a contract extension with the club on Thursday.", "42-year-old", "", "none", ""),
    ("Route 66 remains a popular draw for tourists exploring the American south-west.", "Route 66", "", "none", ""),
    ("The minister will publish the findings in the autumn, probably after the G20 summit.", "G20", "", "none", ""),
    ("Under Article 50 of the treaty, a member state may choose to leave the union.", "Article 50", "", "none", ""),
    ("The inquiry focused on events at the plant during the 2019 floods.", "2019", "", "none", ""),
    ("The board will vote on the proposal at its meeting on 3 June.", "3 June", "", "none", ""),
    ("Police said the suspect, 29, was arrested at an address in the city centre.", "29", "", "none", ""),
    ("The team's Formula 1 car was unveiled at a launch event in Northamptonshire on Tuesday.", "Formula 1", "", "none", ""),
    ("Hartley joined the firm in the late 1990s after a spell at a rival bank.", "1990s", "", "none", ""),
    ("The fire broke out on Level 4 of the shopping centre shortly after midnight.", "Level 4", "", "none", ""),

    # 15 headline-style short lines
    ("Norvale Foods to cut 1,200 jobs as sales slump in Europe", "1,200 jobs", "1200", "count", "jobs"),
    ("Brightwell Energy shares fall 6% after profit warning rattles investors", "6%", "6", "percent", "price"),
    ("Granmoor Capital makes $2.5bn offer for rival regional airline Skyreach", "$2.5bn", "2500000000", "USD", "offer"),
    ("UK inflation rises to 3.4% as food prices climb again", "3.4%", "3.4", "percent", "inflation"),
    ("Tokyo chipmaker posts ¥95bn loss on weak smartphone demand", "¥95bn", "95000000000", "JPY", "loss"),
    ("Harlan Mutual hit with £30m fine over mis-sold pension products", "£30m", "30000000", "GBP", "fine"),
    ("Eurozone unemployment falls to 6.4 per cent, lowest on record", "6.4 per cent", "6.4", "percent", "unemployment"),
    ("Oslo-based Fjordline profit jumps to 2.1 billion kroner in quarter", "2.1 billion kroner", "2100000000", "NOK", "profit"),
    ("Central bank raises rates by 0.5 percentage points to fight inflation", "0.5 percentage points", "0.5", "points", "rates"),
    ("Mumbai developer raises Rs 900 crore from share sale to investors", "Rs 900 crore", "9000000000", "INR", "sale|raised"),
    ("Housebuilder Elmbridge to build 5,000 homes on former airfield site", "5,000 homes", "5000", "count", "homes"),
    ("Corvane Steel shares slump 12 pct on weak demand from China", "12 pct", "12", "percent", "price"),
)


# Forms the extractor leaves out on purpose or does not handle yet, each with why. The tests check
# that these still come out short of the row, so that a fix moves its row up into CASES.
KNOWN_GAPS = (
    # A currency name whose country is only elsewhere in the sentence: "krone" alone is Norwegian.
    ("Danish authorities imposed a fine of 750,000 krone on the Copenhagen brewer for misleading labels.", "750,000 krone", "750000", "DKK", "fine"),
    # Bare "points" is left out: index points, scores and percentage points look the same.
    ("The opposition candidate's lead narrowed by two points in the final week of the campaign.", "two points", "2", "points", "lead"),
    ("Support for the governing party slipped 4 points in the latest poll of likely voters.", "4 points", "4", "points", "support"),
    # What a figure measures when the verb's object comes between ("hand $X back to ... through a
    # buyback") or a singular noun runs into "total" as a verb: "about" is left empty.
    ("The Zurich insurer will hand half a billion Swiss francs back to shareholders through a share buyback.", "half a billion Swiss francs", "500000000", "CHF", "buyback"),
    ("Fuel subsidies in the Indonesian budget total 30 trillion rupiah, the finance ministry said.", "30 trillion rupiah", "30000000000000", "IDR", "subsidies"),
)
