import json, sys
OUT = sys.argv[1]
MALI = ["Mali", "Bamako", "République du Mali"]
TUR = ["Turquie", "Turkey", "Ankara", "République de Turquie"]
RUS = ["Russie", "Russia", "Moscou", "Moscow", "Fédération de Russie"]
USA = ["États-Unis", "Etats-Unis", "USA", "Washington", "Amérique", "États-Unis d'Amérique", "United States"]
KSA = ["Arabie saoudite", "Arabie Saoudite", "Saudi Arabia", "Riyad", "Riyadh", "Royaume d'Arabie saoudite", "Arabie"]
UKR = ["Ukraine", "Kiev", "Kyiv"]
ISR = ["Israël", "Israel", "État d'Israël", "Tel-Aviv", "Jérusalem"]
DEU = ["Allemagne", "Germany", "Berlin", "République fédérale d'Allemagne", "marine allemande"]
FRA = ["France", "République française", "Paris"]
NLD = ["Pays-Bas", "Netherlands", "Amsterdam", "La Haye", "Hollande"]
SYC = ["Seychelles", "République des Seychelles", "Victoria"]
IND = ["Inde", "India", "New Delhi", "armée indienne"]
UAE = ["Émirats arabes unis", "Emirats Arabes Unis", "EAU", "Émirats", "Emirats", "Abou Dhabi", "Abu Dhabi", "UAE"]
MAR = ["Maroc", "Morocco", "Rabat", "Royaume du Maroc", "Makhzen", "Forces armées royales", "FAR"]
AZE = ["Azerbaïdjan", "Azerbaijan", "Bakou", "Baku"]
ARM = ["Arménie", "Armenia", "Erevan", "Yerevan"]
URY = ["Uruguay", "Montevideo", "République orientale de l'Uruguay"]
CHN = ["Chine", "China", "Pékin", "Beijing", "République populaire de Chine"]
CUB = ["Cuba", "La Havane"]
TB2 = ["Bayraktar TB2", "Bayraktar TB-2", "TB2", "TB-2", "Bayraktar"]
RTX = ["RTX", "Raytheon", "RTX Corporation", "Raytheon Technologies"]
THALES = ["Thales", "Thales Group", "groupe Thales"]
DAMEN = ["Damen Schelde Naval Shipbuilding", "Damen", "Damen Shipyards", "Damen Schelde"]
BAYKAR = ["Baykar", "Baykar Makina", "Baykar Technologies"]

def empty():
    return {"published": None,
            "states": {"gold": [], "optional": []},
            "people": {"gold": [], "optional": []},
            "weapons": {"gold": [], "optional": []},
            "support": {"gold": [], "optional": [], "forbidden": []},
            "agreements": {"gold": [], "optional": []},
            "negotiations": {"gold": [], "optional_participants": [], "optional_venues": []},
            "amounts": {"gold": [], "optional": []}}

def P(name, role=None, of=None):
    return {"name": name, "role": role, "of": of}

gold = {}

g = empty(); g["published"] = "2022-12-22"
g["states"]["gold"] = [MALI, TUR, RUS]
g["people"]["gold"] = [P(["Sadio Camara", "Camara", "colonel Sadio Camara"], ["ministre de la Défense", "ministre malien de la Défense"], MALI)]
MI171 = ["Mi-171Ch", "Mi-171", "Mi 171Ch", "Mi-171Sh"]
MI17 = ["Mi-17V5", "Mi-17 V5", "Mi-17V-5", "Mi-17"]
g["weapons"]["gold"] = [{"name": TB2, "maker": None}, {"name": MI171, "maker": None}, {"name": MI17, "maker": None}]
g["support"]["gold"] = [{"from": TUR, "to": MALI, "weapon": TB2},
                        {"from": RUS, "to": MALI, "weapon": MI171 + MI17}]
gold["gr01-bamako-drones-turcs-mali"] = g

g = empty()
g["states"]["gold"] = [USA, KSA, RUS, UKR, ISR]
AIM = ["AIM-120", "AIM-120 AMRAAM", "AMRAAM", "AIM 120"]
g["weapons"]["gold"] = [{"name": AIM, "maker": RTX}]
g["support"]["gold"] = [{"from": USA + RTX + ["département d'État"], "to": KSA, "weapon": AIM}]
g["agreements"]["gold"] = [{"parties": [KSA, USA]}]
g["amounts"]["gold"] = [[3500000000.0, "USD"], [142000000000000.0, "USD"]]
g["amounts"]["optional"] = [[142000000000.0, "USD"]]
gold["gr02-riyad-missiles-aim120-arabie"] = g

g = empty(); g["published"] = "2020-11-17"
g["states"]["gold"] = [DEU]
g["states"]["optional"] = [FRA, NLD]
g["people"]["gold"] = [P(["Patrice Caine", "Caine"], ["président-directeur général", "PDG", "président"], THALES)]
MKS = ["MKS 180", "MKS180", "frégates MKS 180", "F126", "frégate multimission MKS 180"]
g["weapons"]["gold"] = [{"name": MKS, "maker": DAMEN}]
g["support"]["gold"] = [{"from": THALES + FRA, "to": DEU, "weapon": None}]
g["support"]["optional"] = [{"from": DAMEN + NLD, "to": DEU, "weapon": MKS}]
g["agreements"]["gold"] = [{"parties": [THALES + FRA, DEU]}]
g["amounts"]["gold"] = [[1500000000.0, "EUR"]]
gold["gr03-paris-thales-fregates-allemagne"] = g

g = empty()
g["states"]["gold"] = [SYC, IND, UAE]
g["people"]["gold"] = [P(["James Michel", "Michel"], ["président", "président seychellois"], SYC),
                       P(["A.K. Antony", "A. K. Antony", "AK Antony", "Antony", "Arackaparambil Kurian Antony"],
                         ["premier", "premier Indien", "Premier ministre", "ministre de la Défense"], IND)]
DORNIER = ["Dornier", "Dornier 228", "Do 228", "Dornier Do 228"]
CHETAK = ["Chetak", "HAL Chetak", "Alouette III", "Alouette III améliorées"]
g["weapons"]["gold"] = [{"name": DORNIER, "maker": None}, {"name": CHETAK, "maker": None}]
g["weapons"]["optional"] = [["Alouette III"]]
g["support"]["gold"] = [{"from": IND, "to": SYC, "weapon": DORNIER + CHETAK},
                        {"from": UAE, "to": SYC, "weapon": None}]
g["negotiations"]["gold"] = [{"participants": [SYC + ["James Michel", "Michel"], IND + ["A.K. Antony", "Antony", "A. K. Antony"]], "venue": None}]
g["negotiations"]["optional_venues"] = [["Victoria", "Seychelles"]]
gold["gr04-victoria-inde-seychelles-aeronefs"] = g

g = empty()
g["states"]["gold"] = [MAR, TUR, AZE, ARM]
g["people"]["gold"] = [P(["Selçuk Bayraktar", "Selcuk Bayraktar", "Bayraktar"], ["dirigeant", "directeur", "PDG", "patron", "directeur général"], BAYKAR),
                       P(["Recep Tayyip Erdogan", "Erdogan", "Erdoğan", "Recep Tayyip Erdoğan"], ["président", "président turc"], TUR)]
g["people"]["optional"] = [["Sümeyye", "Sümeyye Erdogan", "Sumeyye Bayraktar"]]
g["weapons"]["gold"] = [{"name": TB2, "maker": BAYKAR}]
g["support"]["gold"] = [{"from": TUR + BAYKAR, "to": MAR, "weapon": TB2},
                        {"from": TUR, "to": AZE, "weapon": TB2}]
g["agreements"]["optional"] = [{"parties": [MAR, TUR + BAYKAR]}]
gold["gr05-rabat-drones-bayraktar-maroc"] = g

g = empty()
g["states"]["optional"] = [URY, CHN, CUB]
g["people"]["optional"] = [["Luis Lacalle Pou", "Lacalle Pou", "Lacalle"], ["Omar Paganini", "Paganini"], ["Xi Jinping", "Xi"]]
gold["gr06-montevideo-lacalle-pou-chine"] = g

for k, v in gold.items():
    with open(f"{OUT}/{k}.gold.json", "w") as f:
        json.dump(v, f, ensure_ascii=False, indent=1)
