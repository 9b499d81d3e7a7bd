#!/usr/bin/env python3
"""Writes the SECOND held-out detection corpus: holdout2/corpus/*.sql (one SQLite database each) and holdout2/labels.tsv.

`holdout/` stopped being unseen once the detector was improved with its misses; this set is the one nobody
tunes on. It was written without reading Sources/ or holdout/README.md, and it is self-contained: it imports
nothing from ../lib.py or ../holdout/; every name, street, town and sentence below is written here. The
schemas follow public software and ordinary production naming (WordPress + WooCommerce, Odoo, a Swedish
municipal register, an Italian school, a ride-hailing app, Mastodon), not the detector's vocabularies.
Labels follow the conventions of ../README.md; the choices those conventions leave open are listed in
README.md here. The labels were fixed before the first benchmark run and are not to be changed after it.

Each column is (name, SQL declaration, label), label a PIIKind, `-` (not personal) or `fk`.

Usage: python3 Benchmarks/detection/holdout2/generate.py   (rewrites holdout2/corpus/ and holdout2/labels.tsv;
deterministic: byte for byte the same on every run)
"""

import base64
import hashlib
import json
import os
import random
import sys
import unicodedata

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"name", "first_name", "last_name", "email", "phone", "street_address", "city", "state", "region",
         "postcode", "country", "job_title", "courtesy_title", "company", "username", "date_of_birth",
         "national_id", "free_text", "ip_address", "url", "account_number", "other"}

# --------------------------------------------------------------------------------------------------------
# Hand-written value lists: common given names and surnames of many cultures (first names, then surnames).
# --------------------------------------------------------------------------------------------------------
PEOPLE = {
    "us": (["Madison", "Tyler", "Jasmine", "Marcus", "Brianna", "Cody", "Kayla", "Dustin", "Destiny", "Travis",
            "Heather", "Shane", "Amber", "Derek", "Crystal", "Logan", "Savannah", "Hunter", "Jenna", "Caleb"],
           ["Miller", "Johnson", "Anderson", "Jackson", "Robinson", "Carter", "Mitchell", "Perez", "Turner", "Parker",
            "Collins", "Stewart", "Morris", "Rogers", "Reed", "Cook", "Bailey", "Cooper", "Richardson", "Howard"]),
    "gb": (["Oliver", "Amelia", "Harry", "Isla", "George", "Poppy", "Alfie", "Freya", "Callum", "Niamh",
            "Rory", "Imogen", "Owain", "Bethan", "Hamish", "Eilidh", "Archie", "Phoebe"],
           ["Smith", "Jones", "Taylor", "Davies", "Evans", "Wilson", "Roberts", "Wright", "Hall", "Green",
            "Lewis", "Clarke", "Patel", "Khan", "Campbell", "MacDonald", "Fraser", "O'Neill", "Ashworth", "Pemberton"]),
    "de": (["Lukas", "Sophie", "Maximilian", "Lea", "Felix", "Johanna", "Jonas", "Marie", "Tobias", "Katharina",
            "Florian", "Franziska", "Sebastian", "Annika", "Moritz", "Jana"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schäfer",
            "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Zimmermann", "Krüger"]),
    "fr": (["Théo", "Manon", "Hugo", "Camille", "Antoine", "Léa", "Maxime", "Chloé", "Julien", "Inès",
            "Nicolas", "Élodie", "Baptiste", "Océane", "Mathis", "Clémence"],
           ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
            "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Fontaine", "Rousseau", "Girard"]),
    "nl": (["Daan", "Emma", "Sem", "Tess", "Bram", "Sanne", "Thijs", "Fleur", "Jesse", "Lotte", "Ruben", "Iris"],
           ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer",
            "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks"]),
    "be": (["Arthur", "Louise", "Jules", "Elise", "Victor", "Marie", "Lars", "Nore", "Wout", "Fien",
            "Mathéo", "Juliette", "Stijn", "Ine", "Pieter", "Griet"],
           ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
            "Dubois", "Lambert", "Dupont", "Vermeulen", "Van Damme", "Desmet", "Leclercq", "Lemaire"]),
    "sv": (["Erik", "Anna", "Lars", "Maria", "Karl", "Eva", "Johan", "Karin", "Per", "Kristina", "Nils", "Ingrid",
            "Oskar", "Elsa", "Gustav", "Astrid", "Axel", "Linnéa", "Hugo", "Saga", "Björn", "Märta", "Sven", "Agnes",
            "Anders", "Maja", "Mikael", "Sofia", "Håkan", "Ebba", "Leo", "Wilma", "Åsa", "Göran", "Birgitta", "Ulf"],
           ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
            "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindberg", "Lindqvist",
            "Lindström", "Åberg", "Sjöberg", "Bergström", "Holm", "Sandberg", "Forsberg", "Engström", "Lundgren",
            "Ström", "Axelsson", "Hedlund", "Nyström", "Öberg", "Falk", "Wallin", "Björk", "Ekström", "Dahlberg"]),
    "it": (["Francesco", "Sofia", "Leonardo", "Aurora", "Tommaso", "Ginevra", "Riccardo", "Alice", "Edoardo", "Beatrice",
            "Gabriele", "Emma", "Andrea", "Vittoria", "Federico", "Greta", "Pietro", "Noemi", "Salvatore", "Carmela",
            "Giuseppe", "Rosaria", "Antonio", "Anna", "Marco", "Elisa", "Luca", "Serena", "Simone", "Ilaria"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
            "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
            "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone",
            "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo", "Serra", "Coppola", "De Santis", "D'Angelo", "Marchetti"]),
    "mx": (["José Luis", "María Fernanda", "Alejandro", "Guadalupe", "Miguel Ángel", "Daniela", "Juan Carlos", "Itzel",
            "Fernando", "Xóchitl", "Ricardo", "Alondra", "Jorge", "Citlali", "Eduardo", "Paola"],
           ["García", "Hernández", "Martínez", "López", "González", "Rodríguez", "Pérez", "Sánchez", "Ramírez",
            "Flores", "Cruz", "Morales", "Reyes", "Gutiérrez", "Ortiz", "Chávez", "Ruiz", "Juárez"]),
    "ng": (["Oluwadamilare", "Chiamaka", "Babatunde", "Nkechi", "Ikenna", "Temitope", "Obinna", "Folake", "Uchenna",
            "Aisha", "Musa", "Zainab", "Emeka", "Bisola", "Kelechi", "Halima"],
           ["Adeleke", "Okoro", "Ogunleye", "Nwachukwu", "Bello", "Abubakar", "Afolabi", "Eze", "Ibrahim", "Okeke",
            "Olaniyan", "Uzor", "Danjuma", "Akande", "Onyekachi", "Yusuf"]),
    "in": (["Aditya", "Ishita", "Karthik", "Sneha", "Harsh", "Pooja", "Siddharth", "Meera", "Varun", "Divya",
            "Abhishek", "Shruti", "Nikhil", "Anjali", "Rajesh", "Swati"],
           ["Agarwal", "Bhat", "Kulkarni", "Joshi", "Pillai", "Mehta", "Singh", "Verma", "Shetty", "Mukherjee",
            "Naidu", "Kapoor", "Hegde", "Saxena", "Srinivasan", "Chauhan"]),
    "cn": (["Yifan", "Xinyi", "Haoran", "Yuxuan", "Zihan", "Jiayi", "Ruoxi", "Junjie", "Mingyu", "Shuang"],
           ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Gao"]),
    "jp": (["Riku", "Yuna", "Kaito", "Mei", "Sora", "Hinata", "Yamato", "Rin", "Asahi", "Koharu"],
           ["Sato", "Suzuki", "Takahashi", "Tanaka", "Ito", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Saito"]),
    "kr": (["Seojun", "Jiwoo", "Hajun", "Seoa", "Eunwoo", "Yerin"], ["Kim", "Lee", "Park", "Choi", "Jeong", "Han", "Shin"]),
    "ar": (["Ahmed", "Mariam", "Khaled", "Salma", "Mustafa", "Huda", "Bilal", "Dalia", "Ibrahim", "Reem"],
           ["Al-Sayed", "Haddad", "Boutros", "Abdallah", "Mahmoud", "Hussein", "El-Masri", "Rahman", "Darwish", "Najjar"]),
    "tr": (["Mert", "Ece", "Kerem", "Defne", "Arda", "Irmak"], ["Arslan", "Koç", "Kurt", "Özdemir", "Aksoy", "Erdoğan"]),
    "fa": (["Dariush", "Shirin", "Kian", "Parisa", "Arash", "Nasrin"], ["Hosseini", "Karimi", "Rahimi", "Moradi", "Jafari", "Tehrani"]),
    "pl": (["Kacper", "Zuzanna", "Mateusz", "Natalia", "Paweł", "Agata"], ["Nowak", "Wójcik", "Kowalczyk", "Zielińska", "Lis", "Mazur"]),
    "ru": (["Artyom", "Polina", "Nikita", "Daria", "Maksim", "Ksenia"], ["Petrov", "Orlova", "Fedorov", "Belova", "Egorov", "Kozlova"]),
    "br": (["Thiago", "Larissa", "Rafael", "Bruna", "Gustavo", "Letícia"], ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Carvalho"]),
    "ph": (["Jericho", "Maricel", "Rommel", "Kristine", "Jomar", "Lovely"], ["Dela Cruz", "Reyes", "Bautista", "Villanueva", "Santos", "Mendoza"]),
    "ke": (["Wanjiku", "Kipchoge", "Achieng", "Mutua", "Nyambura", "Odhiambo"], ["Kamau", "Otieno", "Wambui", "Kiprono", "Mwangi", "Chebet"]),
}
FEMALE = set("""Madison Jasmine Brianna Kayla Destiny Heather Amber Crystal Savannah Jenna Amelia Isla Poppy Freya Niamh Imogen Bethan
Eilidh Phoebe Sophie Lea Johanna Marie Katharina Franziska Annika Jana Manon Camille Léa Chloé Inès Élodie Océane Clémence Emma Tess
Sanne Fleur Lotte Iris Louise Elise Nore Fien Juliette Ine Griet Anna Maria Eva Karin Kristina Ingrid Elsa Astrid Linnéa Saga Märta
Agnes Maja Sofia Ebba Wilma Åsa Birgitta Aurora Ginevra Alice Beatrice Vittoria Greta Noemi Carmela Rosaria Elisa Serena Ilaria
Guadalupe Daniela Itzel Xóchitl Alondra Citlali Paola Chiamaka Nkechi Temitope Folake Aisha Zainab Bisola Halima Ishita Sneha Pooja
Meera Divya Shruti Anjali Swati Xinyi Jiayi Ruoxi Shuang Yuna Mei Hinata Rin Koharu Jiwoo Seoa Yerin Mariam Salma Huda Dalia Reem Ece
Defne Irmak Shirin Parisa Nasrin Zuzanna Natalia Agata Polina Daria Ksenia Larissa Bruna Letícia Maricel Kristine Lovely Wanjiku
Achieng Nyambura""".split()) | {"María Fernanda"}
GLOBAL_MIX = ["us", "us", "gb", "de", "fr", "nl", "in", "cn", "jp", "kr", "mx", "ng", "ar", "tr", "fa", "pl", "ru", "br", "ph", "ke", "it", "sv"]

# Places: (city, state or region code/name, postcode pattern: d digit, L letter), streets and phone shapes per country.
PLACES = {
    "US": [("Portland", "OR", "972dd"), ("Austin", "TX", "787dd"), ("Brooklyn", "NY", "112dd"), ("Denver", "CO", "802dd"),
           ("Columbus", "OH", "432dd"), ("Seattle", "WA", "981dd"), ("Asheville", "NC", "288dd"), ("Boise", "ID", "837dd"),
           ("Madison", "WI", "537dd"), ("Tucson", "AZ", "857dd"), ("Savannah", "GA", "314dd"), ("Burlington", "VT", "054dd"),
           ("Oakland", "CA", "946dd"), ("San Francisco", "CA", "941dd"), ("Chicago", "IL", "606dd"), ("New York", "NY", "100dd")],
    "GB": [("Bristol", "", "BSd dLL"), ("Leeds", "", "LSd dLL"), ("Manchester", "", "Md dLL"), ("Glasgow", "", "Gd dLL"),
           ("Cardiff", "", "CFdd dLL"), ("Norwich", "", "NRd dLL"), ("Brighton", "", "BNd dLL"), ("London", "", "Nd dLL"),
           ("London", "", "SEdd dLL"), ("York", "", "YOdd dLL")],
    "DE": [("Berlin", "", "10ddd"), ("München", "", "80ddd"), ("Köln", "", "50ddd"), ("Leipzig", "", "04ddd"),
           ("Freiburg im Breisgau", "", "79ddd"), ("Hamburg", "", "22ddd")],
    "FR": [("Paris", "", "750dd"), ("Lyon", "", "6900d"), ("Nantes", "", "44ddd"), ("Bordeaux", "", "33ddd"), ("Lille", "", "59ddd")],
    "CA": [("Toronto", "ON", "MdL dLd"), ("Montréal", "QC", "HdL dLd"), ("Vancouver", "BC", "VdL dLd"), ("Halifax", "NS", "BdL dLd"),
           ("Calgary", "AB", "TdL dLd")],
    "AU": [("Melbourne", "VIC", "30dd"), ("Sydney", "NSW", "20dd"), ("Brisbane", "QLD", "40dd"), ("Perth", "WA", "60dd"),
           ("Hobart", "TAS", "70dd")],
    "NL": [("Amsterdam", "", "10dd LL"), ("Utrecht", "", "35dd LL"), ("Rotterdam", "", "30dd LL"), ("Groningen", "", "97dd LL")],
    "IE": [("Dublin", "", "D0d LdLd"), ("Cork", "", "T12 LdLd"), ("Galway", "", "H91 LdLd")],
    "ES": [("Madrid", "", "280dd"), ("Barcelona", "", "080dd"), ("Valencia", "", "460dd")],
    "BE": [("Bruxelles", "", "10d0"), ("Antwerpen", "", "20d0"), ("Gent", "", "90d0"), ("Liège", "", "40d0"), ("Leuven", "", "3000"),
           ("Namur", "", "5000"), ("Brugge", "", "8000"), ("Ottignies-Louvain-la-Neuve", "", "1340"), ("Wavre", "", "1300")],
    "LU": [("Luxembourg", "", "L-1ddd"), ("Esch-sur-Alzette", "", "L-4ddd")],
    "IN": [("Bengaluru", "KA", "5600dd"), ("Pune", "MH", "4110dd"), ("Hyderabad", "TG", "5000dd"), ("Chennai", "TN", "6000dd")],
    "MX": [("Ciudad de México", "CMX", "0dddd"), ("Guadalajara", "JAL", "44ddd"), ("Monterrey", "NLE", "64ddd")],
}
STREETS = {
    "US": (["Alder", "Birch", "Juniper", "Magnolia", "Division", "Burnside", "Lamar", "Congress", "Franklin", "Grant",
            "Kingsley", "Prospect", "Chestnut", "Linden", "Harbor", "Cottonwood", "Sycamore", "Mulberry"],
           ["St", "Street", "Ave", "Avenue", "Rd", "Blvd", "Dr", "Ln", "Ct", "Pl", "Way", "Terrace"]),
    "GB": (["Victoria", "Church", "Station", "Mill", "Queen's", "Albert", "Manor", "Kings", "Park", "Grove", "Chapel",
            "Beech", "Orchard", "Windsor", "Cromwell", "Gloucester"], ["Road", "Street", "Lane", "Close", "Avenue", "Gardens", "Crescent", "Mews"]),
    "DE": (["Haupt", "Schiller", "Goethe", "Linden", "Bahnhof", "Garten", "Rosen", "Berg", "Wald", "Kirch", "Mozart", "Buchen"],
           ["straße", "str.", "weg", "allee", "gasse", "ring"]),
    "FR": (["de la République", "Victor Hugo", "Jean Jaurès", "des Lilas", "Pasteur", "du Général de Gaulle", "de la Paix",
            "des Écoles", "Gambetta", "Voltaire"], ["rue", "avenue", "boulevard", "impasse", "allée", "place"]),
    "CA": (["Maple", "Queen", "King", "Bloor", "Dundas", "Sherbrooke", "Granville", "Robson", "Spring Garden", "Elgin"],
           ["St", "Street", "Ave", "Rd", "Crescent", "Blvd"]),
    "AU": (["Flinders", "Smith", "Chapel", "Oxford", "Brunswick", "Hay", "George", "Elizabeth", "Sandy Bay", "Gertrude"],
           ["St", "Street", "Rd", "Pde", "Tce", "Hwy"]),
    "NL": (["Kerk", "Dorps", "Molen", "School", "Prinsen", "Heren", "Linden", "Beuken", "Wilhelmina", "Oranje"],
           ["straat", "laan", "weg", "gracht", "plein", "singel"]),
    "IE": (["Main", "Church", "Abbey", "Dame", "Grafton", "Patrick", "Oliver Plunkett", "Shop"], ["Street", "Road", "Lane", "Terrace"]),
    "ES": (["Mayor", "de Alcalá", "del Sol", "de la Paz", "Real", "San Vicente"], ["Calle", "Avenida", "Plaza", "Paseo"]),
    "BE": (["Kerk", "Stations", "Dorps", "Meir", "Nieuw", "Molen", "Veld", "Hoog"], ["straat", "laan", "plein", "steenweg"]),
    "BE_FR": (["de la Station", "de l'Église", "Royale", "Louise", "de Namur", "des Alliés", "du Moulin", "Saint-Lambert"],
              ["rue", "avenue", "chaussée", "place", "boulevard"]),
    "LU": (["de la Gare", "d'Arlon", "Principale", "de Luxembourg"], ["rue", "route", "avenue"]),
    "IN": (["MG", "Brigade", "Residency", "Koregaon Park", "Jubilee Hills", "Anna Salai", "Indiranagar 100 Feet", "Bannerghatta"],
           ["Road", "Main Road", "Cross", "Layout"]),
    "MX": (["Insurgentes", "Reforma", "Juárez", "Hidalgo", "Morelos", "Madero", "Álvaro Obregón", "Chapultepec"], ["Av.", "Calle", "Calz.", "Blvd."]),
}
DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "hotmail.com", "proton.me"],
    "GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "sky.com", "yahoo.co.uk", "icloud.com"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"],
    "FR": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr", "hotmail.fr"],
    "CA": ["gmail.com", "rogers.com", "sympatico.ca", "shaw.ca", "outlook.com", "videotron.ca"],
    "AU": ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com", "icloud.com"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "IE": ["eircom.net", "gmail.com", "hotmail.com", "outlook.ie"],
    "ES": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "BE": ["skynet.be", "telenet.be", "proximus.be", "gmail.com", "hotmail.com", "outlook.be"],
    "LU": ["pt.lu", "gmail.com", "internet.lu"],
    "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "MX": ["gmail.com", "hotmail.com", "prodigy.net.mx", "outlook.com"],
    "SE": ["gmail.com", "telia.com", "hotmail.se", "outlook.com", "bredband.net", "live.se", "icloud.com", "spray.se"],
    "IT": ["gmail.com", "libero.it", "virgilio.it", "alice.it", "tiscali.it", "yahoo.it", "hotmail.it", "outlook.it"],
    "NG": ["gmail.com", "yahoo.com", "outlook.com"],
}
COUNTRY_CULTURE = {"US": ["us", "us", "us", "mx", "cn", "in", "kr"], "GB": ["gb", "gb", "gb", "in", "pl", "ng"],
                   "DE": ["de", "de", "de", "tr", "pl", "ru"], "FR": ["fr", "fr", "fr", "ar"], "CA": ["us", "fr", "cn", "in", "ph"],
                   "AU": ["gb", "us", "cn", "in", "jp"], "NL": ["nl", "nl", "nl", "tr", "ar"], "IE": ["gb", "gb", "pl", "br"],
                   "ES": ["mx"], "BE": ["be", "be", "be", "be", "nl", "fr", "ar", "tr", "it"], "LU": ["fr", "de", "br"],
                   "IN": ["in"], "MX": ["mx"], "NG": ["ng"]}
USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0",
    "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0",
]
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
ITOA64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def fold(s):
    """ASCII for e-mail local parts and logins: Müller -> muller, Åsa -> asa."""
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def q(name):
    return '"' + name.replace('"', '""') + '"'


def sql_literal(v):
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, bytes):
        return "X'" + v.hex() + "'"
    if isinstance(v, (dict, list)):
        v = json.dumps(v, ensure_ascii=False)
    return "'" + str(v).replace("'", "''") + "'"


def php_serialize(v):
    """PHP serialize() of str/int/bool/None/dict/list (string lengths in UTF-8 bytes, as PHP counts)."""
    if v is None:
        return "N;"
    if isinstance(v, bool):
        return f"b:{int(v)};"
    if isinstance(v, int):
        return f"i:{v};"
    if isinstance(v, float):
        return f"d:{v};"
    if isinstance(v, str):
        return f's:{len(v.encode("utf-8"))}:"{v}";'
    items = list(v.items()) if isinstance(v, dict) else list(enumerate(v))
    return f"a:{len(items)}:{{" + "".join(php_serialize(k) + php_serialize(x) for k, x in items) + "}"


def luhn_digit(body):
    """The check digit that makes body+digit pass the Luhn test."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def mod97(s):
    n = 0
    for ch in s:
        n = (n * 10 + int(ch)) % 97 if ch.isdigit() else (n * 100 + ord(ch) - 55) % 97
    return n


def iban(country, bban):
    check = 98 - mod97(bban + country + "00")
    return f"{country}{check:02d}{bban}"


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def polyline(points):
    """Google's encoded polyline of [(lat, lng), ...]."""
    out, plat, plng = [], 0, 0
    for lat, lng in points:
        ilat, ilng = int(round(lat * 1e5)), int(round(lng * 1e5))
        for d in (ilat - plat, ilng - plng):
            v = ~(d << 1) if d < 0 else d << 1
            while v >= 0x20:
                out.append(chr((0x20 | (v & 0x1f)) + 63))
                v >>= 5
            out.append(chr(v + 63))
        plat, plng = ilat, ilng
    return "".join(out)


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, xs):
        return self.r.choice(xs)

    def some(self, p, v):
        return v if self.r.random() < p else None

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n):
        return self.chars("0123456789abcdef", n)

    def uuid(self):
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def date(self, y1, y2):
        return f"{self.r.randint(y1, y2):04d}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def ts(self, y1, y2, sep=" "):
        return self.date(y1, y2) + f"{sep}{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}"

    def pattern(self, pat):
        return "".join(self.pick("0123456789") if c == "d" else self.pick(UPPER) if c == "L" else c for c in pat)

    def person(self, culture, gender=None):
        """A given name and surname of one culture; the gender follows the given name (or picks one of that gender)."""
        firsts, lasts = PEOPLE[culture]
        if gender:
            firsts = [f for f in firsts if (f in FEMALE) == (gender == "F")] or firsts
        first, last = self.pick(firsts), self.pick(lasts)
        gender = "F" if first in FEMALE else "M"
        if culture == "ru":
            last = last[:-1] if last.endswith("a") and gender == "M" else last + "a" if gender == "F" and not last.endswith("a") else last
        if culture == "pl" and last.endswith(("ski", "ska")):
            last = last[:-1] + ("a" if gender == "F" else "i")
        return {"first": first, "last": last, "culture": culture, "gender": gender}

    def email(self, first, last, domain=None, country="US"):
        f, l = fold(first).lower().replace(" ", ""), fold(last).lower().replace(" ", "").replace("'", "")
        domain = domain or self.pick(DOMAINS.get(country, DOMAINS["US"]))
        local = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.r.randint(1, 99)}", f"{l}.{f}",
                           f"{f}{self.r.randint(70, 2005)}", f"{f[0]}.{l}", f"{l}{f[0]}"])
        return f"{local}@{domain}"

    def login(self, first, last):
        f, l = fold(first).lower().replace(" ", ""), fold(last).lower().replace(" ", "").replace("'", "")
        return self.pick([f"{f}{l[:1]}", f"{f}.{l}", f"{l}{self.r.randint(1, 999)}", f"{f}_{self.r.randint(80, 2009)}",
                          f"{f[:3]}{l[:3]}", f"the{l}s", f"{f}{l}", f"{f[0]}{l}"])

    def ipv4(self):
        while True:
            a = self.r.randint(1, 223)
            if a not in (10, 127, 169, 172, 192, 100, 0):
                return f"{a}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def ipv6(self):
        return self.pick(["2a02", "2001:db8", "2a01", "2600", "2603", "2c0f", "2405"]) + ":" + ":".join(
            self.hexs(self.r.randint(1, 4)).lstrip("0") or "0" for _ in range(self.r.randint(3, 5))) + "::" + self.hexs(4).lstrip("0")

    def ip(self, v6=0.2):
        return self.ipv6() if self.r.random() < v6 else self.ipv4()

    def mac(self):
        b = [self.r.randint(0, 255) for _ in range(6)]
        b[0] &= 0xFC
        return ":".join(f"{x:02x}" for x in b) if self.r.random() < 0.7 else "-".join(f"{x:02X}" for x in b)

    def street(self, country):
        names, kinds = STREETS[country]
        n, k = self.pick(names), self.pick(kinds)
        num = self.r.randint(1, 240)
        if country in ("US", "CA", "AU"):
            return f"{self.r.randint(10, 9899)} {n} {k}"
        if country in ("GB", "IE"):
            return f"{num} {n} {k}"
        if country in ("DE", "NL", "BE"):
            return f"{n}{k} {num}" if not k.endswith(".") else f"{n}{k} {num}"
        if country in ("FR", "LU", "BE_FR"):
            return f"{num}{self.pick(['', '', '', ' bis'])} {k} {n}" if country == "FR" else f"{k.capitalize()} {n} {num}"
        if country == "ES":
            return f"{k} {n}, {num}"
        if country == "IN":
            return f"{self.r.randint(1, 999)}, {self.r.randint(1, 40)}th {k}, {n}" if k == "Cross" else f"No. {num}, {n} {k}"
        if country == "MX":
            return f"{k} {n} {self.r.randint(1, 3999)}, Col. {self.pick(['Roma Norte', 'Condesa', 'Del Valle', 'Centro', 'Providencia'])}"
        return f"{n} {num}"

    def address(self, country):
        city, state, pat = self.pick(PLACES[country])
        st = self.street("BE_FR" if country == "BE" and city in ("Bruxelles", "Liège", "Namur", "Wavre", "Ottignies-Louvain-la-Neuve")
                         else country)
        line2 = None
        if self.r.random() < 0.25:
            line2 = self.pick({"US": ["Apt 4B", "Unit 12", "Suite 300", "Apt. 2", "#7"], "GB": ["Flat 3", "Flat 2B", "The Old Rectory"],
                               "DE": ["c/o Familie Weber", "2. OG links", "Hinterhaus"], "FR": ["Bât. C", "Appt 14", "Résidence Les Pins"],
                               "CA": ["Apt 1203", "Unit 5"], "AU": ["Unit 6", "Level 2"], "NL": ["3 hoog", "bis"], "IE": ["Apt 9", "Flat 1"],
                               "ES": ["3º izq.", "Bajo B"], "BE": ["bus 3", "boîte 12", "2e verdieping"], "LU": ["2e étage"],
                               "IN": ["Flat 402, Prestige Apartments", "2nd Floor"], "MX": ["Int. 5", "Depto. 302"]}[country])
        return {"line1": st, "line2": line2, "city": city, "state": state, "postcode": self.pattern(pat), "country": country}

    def phone(self, country):
        d = self.digits
        r = self.r.random()
        if country in ("US", "CA"):
            area = self.pick({"US": ["503", "512", "718", "720", "614", "206", "828", "208", "608", "520", "912", "802", "510", "415", "312", "917"],
                              "CA": ["416", "514", "604", "902", "403"]}[country])
            n = f"{self.r.randint(2, 9)}{d(2)}"
            return (f"({area}) {n}-{d(4)}" if r < 0.4 else f"+1 {area} {n} {d(4)}" if r < 0.6 else
                    f"{area}-{n}-{d(4)}" if r < 0.85 else f"{area}.{n}.{d(4)}")
        if country == "GB":
            return (f"07{d(3)} {d(6)}" if r < 0.45 else f"+44 7{d(3)} {d(6)}" if r < 0.7 else f"0{self.pick(['20', '113', '117', '161', '141'])} {d(3)} {d(4)}")
        if country == "DE":
            return (f"+49 1{self.pick(['51', '52', '60', '70', '76'])} {d(8)}" if r < 0.4 else f"0{self.pick(['30', '89', '221', '341'])} {d(7)}"
                    if r < 0.7 else f"01{self.pick(['71', '57', '62'])}/{d(7)}")
        if country == "FR":
            p = self.pick(["6", "7", "1", "2", "4", "5"]) + d(8)
            return f"0{p[0]} {p[1:3]} {p[3:5]} {p[5:7]} {p[7:9]}" if r < 0.6 else f"+33 {p[0]} {p[1:3]} {p[3:5]} {p[5:7]} {p[7:9]}"
        if country == "AU":
            return f"04{d(2)} {d(3)} {d(3)}" if r < 0.5 else f"+61 4{d(2)} {d(3)} {d(3)}" if r < 0.75 else f"(0{self.pick('2378')}) {d(4)} {d(4)}"
        if country == "NL":
            return f"06-{d(8)}" if r < 0.45 else f"+31 6 {d(8)}" if r < 0.7 else f"0{self.pick(['20', '30', '10', '50'])}-{d(7)}"
        if country == "IE":
            return f"08{self.pick('35679')} {d(3)} {d(4)}" if r < 0.6 else f"+353 8{self.pick('35679')} {d(3)} {d(4)}"
        if country == "ES":
            return f"6{d(2)} {d(3)} {d(3)}" if r < 0.6 else f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}"
        if country == "BE":
            return (f"+32 4{self.pick('789')}{d(1)} {d(2)} {d(2)} {d(2)}" if r < 0.4 else f"04{self.pick('789')}{d(1)}/{d(2)}.{d(2)}.{d(2)}"
                    if r < 0.7 else f"0{self.pick(['2', '3', '9', '10'])} {d(3)} {d(2)} {d(2)}")
        if country == "LU":
            return f"+352 6{self.pick('269')}1 {d(3)} {d(3)}"
        if country == "IN":
            return f"+91 {self.pick('6789')}{d(4)} {d(5)}" if r < 0.6 else f"0{self.pick('6789')}{d(9)}"
        if country == "MX":
            return f"+52 55 {d(4)} {d(4)}" if r < 0.6 else f"55 {d(4)} {d(4)}"
        if country == "NG":
            return f"+234 80{self.pick('3678')} {d(3)} {d(4)}" if r < 0.5 else f"080{self.pick('3678')} {d(3)} {d(4)}"
        raise ValueError(country)

    def world_person(self):
        return self.person(self.pick(GLOBAL_MIX))

    def sentence(self, parts):
        return " ".join(self.pick(p) for p in parts)


class Table:
    def __init__(self, name, rows, columns, row):
        self.name, self.rows, self.columns, self.row = name, rows, columns, row
        seen = set()
        for col, decl, label in columns:
            assert col not in seen, (name, col)
            seen.add(col)
            assert label in KINDS or label in ("-", "fk"), (name, col, label)
            assert ("REFERENCES" in decl) == (label == "fk"), (name, col, "fk label must match REFERENCES")
        assert rows == 0 or rows >= 200, (name, rows)


def write_db(db, tables, g, labels):
    path = os.path.join(HERE, "corpus", db + ".sql")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"-- Doppel second held-out detection corpus: {db}. Generated by Benchmarks/detection/holdout2/generate.py; do not edit.\n")
        f.write("PRAGMA foreign_keys = OFF;\nBEGIN;\n")
        for t in tables:
            defs = [f"  {q(c)} {d}" for c, d, _ in t.columns]
            f.write(f"CREATE TABLE {q(t.name)} (\n" + ",\n".join(defs) + "\n);\n")
        for t in tables:
            cols = ", ".join(q(c) for c, _, _ in t.columns)
            batch = []
            for i in range(1, t.rows + 1):
                values = t.row(g, i)
                assert len(values) == len(t.columns), (db, t.name, len(values), len(t.columns))
                batch.append("(" + ", ".join(sql_literal(v) for v in values) + ")")
                if len(batch) == 100 or i == t.rows:
                    f.write(f"INSERT INTO {q(t.name)} ({cols}) VALUES\n" + ",\n".join(batch) + ";\n")
                    batch = []
        f.write("COMMIT;\n")
    for t in tables:
        for c, _, label in t.columns:
            labels.append((db, t.name, c, label))


# ========================================================================================================
# 1. wp_shop: a WordPress site running WooCommerce (the stock wp_ tables and WooCommerce's lookup and HPOS
#    order tables, with their real column names, including WordPress's mixed-case comment_author_IP).
# ========================================================================================================
SHOP = "leafandkiln.com"
TEAS = ["Sencha", "Gyokuro", "Genmaicha", "Hojicha", "Darjeeling First Flush", "Assam Breakfast", "Ceylon Orange Pekoe",
        "Lapsang Souchong", "Tie Guan Yin", "Da Hong Pao", "Bai Mu Dan", "Silver Needle", "Rooibos Vanilla", "Earl Grey Crème",
        "Jasmine Pearls", "Pu-erh 2012", "Matcha Ceremonial", "Masala Chai", "Moroccan Mint", "Yerba Maté"]
WARES = ["Kyusu teapot", "Tenmoku tea bowl", "Celadon cup", "Gaiwan", "Matcha whisk", "Tea caddy", "Cast iron tetsubin",
         "Stoneware mug", "Porcelain pitcher", "Bamboo tray"]


def wp_shop():
    g = Gen(20240611)
    countries = ["US"] * 5 + ["GB"] * 3 + ["DE", "DE", "FR", "CA", "CA", "AU", "NL", "IE", "ES"]
    n_users, n_posts, n_orders = 320, 260, 800
    users = []
    for i in range(1, n_users + 1):
        c = g.pick(countries)
        p = g.person(g.pick(COUNTRY_CULTURE[c]))
        login = "leafadmin" if i == 1 else g.login(p["first"], p["last"])
        users.append(dict(p, id=i, country=c, login=login, email=g.email(p["first"], p["last"], country=c), addr=g.address(c),
                          phone=g.phone(c), registered=g.ts(2016, 2024), customer=(i > 3 and g.r.random() < 0.85),
                          url=g.some(0.12, g.pick([f"https://{fold(p['first']).lower()}{fold(p['last']).lower().replace(' ', '')}.com",
                                                   f"https://instagram.com/{login}", f"http://{login}.wordpress.com",
                                                   f"https://www.etsy.com/shop/{fold(p['last']).replace(' ', '')}Pottery"])),
                          company=g.some(0.1, g.pick(["Hollow Oak Café", "Studio Nord", "Cedar & Pine Interiors", "Brightside Dental",
                                                      "Morgan & Webb LLP", "Kaffeehaus Lindner", "Blue Heron Yoga", "Atelier Moreau"]))))

    def phpass(g):
        return "$P$B" + g.chars(ITOA64, 31)

    def wp_user(g, i):
        u = users[i - 1]
        nicename = u["login"].replace(".", "-").replace("_", "-")
        display = g.pick([f"{u['first']} {u['last']}", u["first"], u["login"], f"{u['first']} {u['last'][0]}."])
        key = g.some(0.08, f"{g.r.randint(1600000000, 1730000000)}:$P$B{g.chars(ITOA64, 31)}")
        return [i, u["login"], phpass(g), nicename, u["email"], u["url"] or "", u["registered"], key or "", 0, display]

    meta_rows = []
    for u in users:
        a = u["addr"]
        rows = [("nickname", u["login"]), ("first_name", u["first"]), ("last_name", u["last"]),
                ("description", g.pick(["", "", "", "Tea nerd. Potter on weekends.", "Always hunting for the perfect oolong.",
                                        f"I run {u['company']} and we serve your teas!" if u["company"] else "Coffee convert, recovering.",
                                        "Matcha every morning since 2019."])),
                ("rich_editing", "true"), ("syntax_highlighting", "true"), ("comment_shortcuts", "false"),
                ("admin_color", "fresh"), ("show_admin_bar_front", "true"), ("locale", g.pick(["", "", "en_GB", "de_DE", "fr_FR"])),
                ("wp_capabilities", php_serialize({"administrator" if u["id"] == 1 else "shop_manager" if u["id"] <= 3 else
                                                   "customer" if u["customer"] else "subscriber": True})),
                ("wp_user_level", "10" if u["id"] == 1 else "0"), ("dismissed_wp_pointers", ""),
                ("last_update", str(g.r.randint(1600000000, 1730000000)))]
        if u["customer"]:
            rows += [("billing_first_name", u["first"]), ("billing_last_name", u["last"]), ("billing_company", u["company"] or ""),
                     ("billing_address_1", a["line1"]), ("billing_address_2", a["line2"] or ""), ("billing_city", a["city"]),
                     ("billing_postcode", a["postcode"]), ("billing_country", a["country"]), ("billing_state", a["state"]),
                     ("billing_phone", u["phone"]), ("billing_email", u["email"]), ("paying_customer", "1"),
                     ("wc_last_active", str(g.r.randint(1690000000, 1730000000)))]
            if g.r.random() < 0.35:
                rows += [("shipping_first_name", u["first"]), ("shipping_last_name", u["last"]), ("shipping_address_1", a["line1"]),
                         ("shipping_city", a["city"]), ("shipping_postcode", a["postcode"]), ("shipping_country", a["country"]),
                         ("shipping_phone", u["phone"])]
            if g.r.random() < 0.4:
                cart = {"cart": {g.hexs(32): {"key": g.hexs(32), "product_id": g.r.randint(10, 200), "variation_id": 0,
                                              "quantity": g.r.randint(1, 3), "line_total": round(g.r.uniform(8, 90), 2)}}}
                rows.append(("_woocommerce_persistent_cart_1", php_serialize(cart)))
        if g.r.random() < 0.3:
            tok = {g.hexs(64): {"expiration": g.r.randint(1730000000, 1740000000), "ip": g.ip(0.15), "ua": g.pick(USER_AGENTS),
                                "login": g.r.randint(1700000000, 1729000000)}}
            rows.append(("session_tokens", php_serialize(tok)))
        for k, v in rows:
            meta_rows.append((u["id"], k, v))

    def usermeta(g, i):
        uid, k, v = meta_rows[i - 1]
        return [i, uid, k, v]

    def post(g, i):
        author = g.r.randint(1, 3)
        if i <= 200:
            kind = "product"
            title = f"{g.pick(TEAS)} {g.pick(['50 g', '100 g', 'tin', 'sampler', 'loose leaf'])}" if i % 3 else f"{g.pick(WARES)} – {g.pick(['ash glaze', 'white', 'midnight blue', 'speckled', 'rust'])}"
            content = g.pick(["<p>Grown on a small family estate and picked by hand in early spring. Steep at 80 °C for two minutes.</p>",
                              "<p>Wheel-thrown in our studio from local stoneware clay. Dishwasher safe; each piece varies slightly.</p>",
                              "<p>A smoky, full-bodied tea that stands up to milk. Brew at 95 °C for four minutes.</p>",
                              "<p>Delicate floral notes with a honeyed finish. Re-steeps five times or more.</p>"])
            excerpt = g.pick(["Bright and grassy.", "Malty and bold.", "Handmade in small batches.", "Our best seller.", ""])
            parent = 0
        elif i <= 240:
            kind, parent = "product_variation", g.r.randint(1, 200)
            title, content, excerpt = f"Variation #{i}", "", g.pick(["Size: 100 g", "Colour: white", "Size: 250 g"])
        else:
            kind, parent = "page", 0
            title = g.pick(["Shipping & Returns", "About us", "Brewing guide", "Wholesale", "Privacy Policy", "Cart", "Checkout", "My account"])
            content = "<!-- wp:paragraph --><p>" + g.pick(["We ship within two business days.", "Our studio is open by appointment.",
                                                           "Water temperature matters more than you think.", "Read how we handle your data."]) + "</p><!-- /wp:paragraph -->"
            excerpt = ""
        slug = title.lower().replace(" ", "-").replace("–", "").replace("&", "and").replace("--", "-")[:60]
        d = g.ts(2017, 2024)
        return [i, author, d, d, content, title, excerpt, g.pick(["publish", "publish", "publish", "draft", "private"]),
                "open" if kind == "product" else "closed", "closed", slug, d, d, parent,
                f"https://{SHOP}/?post_type={kind}&#038;p={i}", 0, kind, "", g.r.randint(0, 12)]

    REVIEWS = ["Lovely tea, ordered twice now.", "The mug arrived chipped but they replaced it within a week. Great service!",
               "Too smoky for me, my husband loves it though.", "Best sencha I've had outside Japan.", "Shipping to Ireland took 9 days.",
               "Beautiful glaze, smaller than I expected.", "Gift for my mum, she was thrilled.",
               "Does this contain any nuts? My daughter has an allergy.", "Five stars, will buy again.",
               "Could you ship to a PO box? My address is hard to find."]

    def comment(g, i):
        r = g.r.random()
        d = g.ts(2018, 2025)
        if r < 0.2:   # a WooCommerce order note
            return [i, g.r.randint(1, n_posts), "WooCommerce", f"woocommerce@{SHOP}", "", "", d, d,
                    g.pick(["Order status changed from Pending payment to Processing.", "Stripe charge complete (Charge ID: ch_" + g.chars(ALNUM, 24) + ")",
                            "Order status changed from Processing to Completed.", "Item #" + str(g.r.randint(10, 200)) + " stock reduced from 14 to 13."]),
                    0, "1", "WooCommerce", "order_note", 0, 0]
        if r < 0.75:   # a review by a customer
            u = users[g.r.randint(4, n_users) - 1]
            return [i, g.r.randint(1, 200), g.pick([f"{u['first']} {u['last']}", u["first"], u["login"]]), u["email"], u["url"] or "",
                    g.ip(0.2), d, d, g.pick(REVIEWS), 0, "1", g.pick(USER_AGENTS), "review", 0, u["id"]]
        p = g.world_person()   # a guest commenter
        spam = g.r.random() < 0.2
        content = (g.pick(["Great post! Check out my site for cheap watches.", "Nice article, visit my blog.", "Buy followers now!!!"]) if spam else
                   g.pick(["Thanks for the brewing guide, the 80 degree tip changed everything.", "Hi, I left a message on your contact form about wholesale, could you email me back?",
                           f"Can you call me on {g.phone('GB')} about a custom order?", "Where do you source the hojicha?",
                           f"Please remove my old comment, I'm {p['first']} from the Leeds market stall."]))
        return [i, g.r.randint(200, n_posts), f"{p['first']} {p['last']}" if not spam else g.pick(["cheap watches", "SEO Expert", p["first"]]),
                g.email(p["first"], p["last"]), g.some(0.4, f"https://{fold(p['last']).lower().replace(' ', '')}-{g.pick(['blog', 'studio', 'photo'])}.net") or "",
                g.ip(0.25), d, d, content, 0, "spam" if spam else g.pick(["1", "1", "0"]), g.pick(USER_AGENTS), "comment",
                g.pick([0, 0, 0, g.r.randint(1, max(1, i - 1))]), 0]

    customers = []
    for u in users:
        if u["customer"]:
            customers.append(dict(user=u["id"], login=u["login"], first=u["first"], last=u["last"], email=u["email"], addr=u["addr"], phone=u["phone"],
                                  company=u["company"]))
    while len(customers) < 420:   # guests
        c = g.pick(countries)
        p = g.person(g.pick(COUNTRY_CULTURE[c]))
        customers.append(dict(user=None, login="", first=p["first"], last=p["last"], email=g.email(p["first"], p["last"], country=c),
                              addr=g.address(c), phone=g.phone(c), company=g.some(0.08, g.pick(["Tea Room Ltd", "Café Amsel", "Pemberton Hotels"]))))

    def lookup(g, i):
        c = customers[i - 1]
        a = c["addr"]
        return [i, c["user"], c["login"] or None, c["first"], c["last"], c["email"], g.ts(2024, 2025), g.some(0.8, g.ts(2016, 2024)) if c["user"] else None,
                a["country"], a["postcode"], a["city"], a["state"]]

    orders = []

    def order(g, i):
        ci = g.r.randint(1, len(customers))
        c = customers[ci - 1]
        orders.append(ci)
        d = g.ts(2022, 2025)
        total = round(g.r.uniform(9, 260), 2)
        note = g.some(0.15, g.pick(["Please leave the parcel with my neighbour at number 12.", "It's a gift - please don't include the invoice.",
                                    f"Call me on {c['phone']} if the courier can't find the house.", "Gate code is 4471#",
                                    "I'm away 3-10 August, please ship after.", f"Ship to my office instead, ask for {c['first']} at reception."]))
        return [i, g.pick(["wc-completed", "wc-completed", "wc-processing", "wc-refunded", "wc-cancelled", "wc-on-hold"]),
                g.pick(["USD", "GBP", "EUR"]), "shop_order", round(total * 0.2, 2), total, c["user"] or 0, c["email"], d, d,
                g.some(0.03, g.r.randint(1, max(1, i - 1))), g.pick(["stripe", "ppcp-gateway", "bacs", "cod"]),
                g.pick(["Credit Card (Stripe)", "PayPal", "Direct bank transfer", "Cash on delivery"]),
                g.pick(["pi_" + g.chars(ALNUM, 24), "ch_" + g.chars(ALNUM, 24), g.chars(UPPER + "0123456789", 17), ""]),
                g.ip(0.2), g.pick(USER_AGENTS), note or ""]

    def order_address(g, i):
        oid = (i + 1) // 2
        c = customers[orders[oid - 1] - 1]
        kind = "billing" if i % 2 else "shipping"
        a = c["addr"]
        if kind == "shipping" and g.r.random() < 0.15:   # shipped as a gift to someone else
            cc = g.pick(countries)
            p = g.person(g.pick(COUNTRY_CULTURE[cc]))
            a, first, last, phone, email = g.address(cc), p["first"], p["last"], g.phone(cc), None
        else:
            first, last, phone, email = c["first"], c["last"], c["phone"], c["email"] if kind == "billing" else None
        return [i, oid, kind, first, last, c["company"] if kind == "billing" else None, a["line1"], a["line2"], a["city"], a["state"],
                a["postcode"], a["country"], email, phone]

    tables = [
        Table("wp_users", n_users, [
            ("ID", "INTEGER PRIMARY KEY", "-"), ("user_login", "VARCHAR(60) NOT NULL", "username"),
            ("user_pass", "VARCHAR(255) NOT NULL", "other"), ("user_nicename", "VARCHAR(50) NOT NULL", "username"),
            ("user_email", "VARCHAR(100) NOT NULL", "email"), ("user_url", "VARCHAR(100) NOT NULL DEFAULT ''", "url"),
            ("user_registered", "DATETIME NOT NULL", "-"), ("user_activation_key", "VARCHAR(255) NOT NULL DEFAULT ''", "other"),
            ("user_status", "INT NOT NULL DEFAULT 0", "-"), ("display_name", "VARCHAR(250) NOT NULL", "name")], wp_user),
        Table("wp_usermeta", len(meta_rows), [
            ("umeta_id", "INTEGER PRIMARY KEY", "-"), ("user_id", "BIGINT NOT NULL REFERENCES wp_users(ID)", "fk"),
            ("meta_key", "VARCHAR(255)", "-"), ("meta_value", "LONGTEXT", "other")], usermeta),
        Table("wp_posts", n_posts, [
            ("ID", "INTEGER PRIMARY KEY", "-"), ("post_author", "BIGINT NOT NULL REFERENCES wp_users(ID)", "fk"),
            ("post_date", "DATETIME NOT NULL", "-"), ("post_date_gmt", "DATETIME NOT NULL", "-"), ("post_content", "LONGTEXT NOT NULL", "-"),
            ("post_title", "TEXT NOT NULL", "-"), ("post_excerpt", "TEXT NOT NULL", "-"), ("post_status", "VARCHAR(20) NOT NULL", "-"),
            ("comment_status", "VARCHAR(20) NOT NULL", "-"), ("ping_status", "VARCHAR(20) NOT NULL", "-"), ("post_name", "VARCHAR(200) NOT NULL", "-"),
            ("post_modified", "DATETIME NOT NULL", "-"), ("post_modified_gmt", "DATETIME NOT NULL", "-"),
            ("post_parent", "BIGINT NOT NULL DEFAULT 0 REFERENCES wp_posts(ID)", "fk"), ("guid", "VARCHAR(255) NOT NULL", "-"),
            ("menu_order", "INT NOT NULL DEFAULT 0", "-"), ("post_type", "VARCHAR(20) NOT NULL", "-"), ("post_mime_type", "VARCHAR(100) NOT NULL", "-"),
            ("comment_count", "BIGINT NOT NULL DEFAULT 0", "-")], post),
        Table("wp_comments", 700, [
            ("comment_ID", "INTEGER PRIMARY KEY", "-"), ("comment_post_ID", "BIGINT NOT NULL REFERENCES wp_posts(ID)", "fk"),
            ("comment_author", "TINYTEXT NOT NULL", "name"), ("comment_author_email", "VARCHAR(100) NOT NULL", "email"),
            ("comment_author_url", "VARCHAR(200) NOT NULL", "url"), ("comment_author_IP", "VARCHAR(100) NOT NULL", "ip_address"),
            ("comment_date", "DATETIME NOT NULL", "-"), ("comment_date_gmt", "DATETIME NOT NULL", "-"), ("comment_content", "TEXT NOT NULL", "free_text"),
            ("comment_karma", "INT NOT NULL DEFAULT 0", "-"), ("comment_approved", "VARCHAR(20) NOT NULL DEFAULT '1'", "-"),
            ("comment_agent", "VARCHAR(255) NOT NULL", "-"), ("comment_type", "VARCHAR(20) NOT NULL DEFAULT 'comment'", "-"),
            ("comment_parent", "BIGINT NOT NULL DEFAULT 0 REFERENCES wp_comments(comment_ID)", "fk"),
            ("user_id", "BIGINT NOT NULL DEFAULT 0 REFERENCES wp_users(ID)", "fk")], comment),
        Table("wp_wc_customer_lookup", len(customers), [
            ("customer_id", "INTEGER PRIMARY KEY", "-"), ("user_id", "BIGINT REFERENCES wp_users(ID)", "fk"),
            ("username", "VARCHAR(60)", "username"), ("first_name", "VARCHAR(255) NOT NULL", "first_name"),
            ("last_name", "VARCHAR(255) NOT NULL", "last_name"), ("email", "VARCHAR(100)", "email"), ("date_last_active", "TIMESTAMP", "-"),
            ("date_registered", "TIMESTAMP", "-"), ("country", "CHAR(2) NOT NULL", "country"), ("postcode", "VARCHAR(20) NOT NULL", "postcode"),
            ("city", "VARCHAR(100) NOT NULL", "city"), ("state", "VARCHAR(100) NOT NULL", "state")], lookup),
        Table("wp_wc_orders", n_orders, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("status", "VARCHAR(20)", "-"), ("currency", "VARCHAR(10)", "-"), ("type", "VARCHAR(20)", "-"),
            ("tax_amount", "DECIMAL(26,8)", "-"), ("total_amount", "DECIMAL(26,8)", "-"),
            ("customer_id", "BIGINT REFERENCES wp_users(ID)", "fk"), ("billing_email", "VARCHAR(320)", "email"),
            ("date_created_gmt", "DATETIME", "-"), ("date_updated_gmt", "DATETIME", "-"),
            ("parent_order_id", "BIGINT REFERENCES wp_wc_orders(id)", "fk"), ("payment_method", "VARCHAR(100)", "-"),
            ("payment_method_title", "TEXT", "-"), ("transaction_id", "VARCHAR(100)", "-"), ("ip_address", "VARCHAR(100)", "ip_address"),
            ("user_agent", "TEXT", "-"), ("customer_note", "TEXT", "free_text")], order),
        Table("wp_wc_order_addresses", 2 * n_orders, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("order_id", "BIGINT NOT NULL REFERENCES wp_wc_orders(id)", "fk"),
            ("address_type", "VARCHAR(20)", "-"), ("first_name", "TEXT", "first_name"), ("last_name", "TEXT", "last_name"),
            ("company", "TEXT", "company"), ("address_1", "TEXT", "street_address"), ("address_2", "TEXT", "street_address"),
            ("city", "TEXT", "city"), ("state", "TEXT", "state"), ("postcode", "TEXT", "postcode"), ("country", "TEXT", "country"),
            ("email", "VARCHAR(320)", "email"), ("phone", "VARCHAR(100)", "phone")], order_address),
        Table("wp_wc_download_log", 0, [
            ("download_log_id", "INTEGER PRIMARY KEY", "-"), ("timestamp", "DATETIME NOT NULL", "-"),
            ("permission_id", "BIGINT NOT NULL", "-"), ("user_id", "BIGINT REFERENCES wp_users(ID)", "fk"),
            ("user_ip_address", "VARCHAR(100)", "ip_address")], None),
    ]
    return "wp_shop", tables, g

# ========================================================================================================
# 2. odoo_erp: an Odoo 17 database of a Belgian company (res_partner, res_partner_bank, hr_employee,
#    hr_applicant and their lookups; Odoo's own column names, many2one columns as *_id foreign keys).
# ========================================================================================================
COUNTRIES = ("AD Andorra;AE United Arab Emirates;AF Afghanistan;AG Antigua and Barbuda;AI Anguilla;AL Albania;AM Armenia;AO Angola;"
             "AQ Antarctica;AR Argentina;AS American Samoa;AT Austria;AU Australia;AW Aruba;AX Åland Islands;AZ Azerbaijan;"
             "BA Bosnia and Herzegovina;BB Barbados;BD Bangladesh;BE Belgium;BF Burkina Faso;BG Bulgaria;BH Bahrain;BI Burundi;BJ Benin;"
             "BL Saint Barthélemy;BM Bermuda;BN Brunei Darussalam;BO Bolivia;BQ Bonaire, Sint Eustatius and Saba;BR Brazil;BS Bahamas;"
             "BT Bhutan;BV Bouvet Island;BW Botswana;BY Belarus;BZ Belize;CA Canada;CC Cocos (Keeling) Islands;"
             "CD Democratic Republic of the Congo;CF Central African Republic;CG Congo;CH Switzerland;CI Côte d'Ivoire;CK Cook Islands;"
             "CL Chile;CM Cameroon;CN China;CO Colombia;CR Costa Rica;CU Cuba;CV Cape Verde;CW Curaçao;CX Christmas Island;CY Cyprus;"
             "CZ Czech Republic;DE Germany;DJ Djibouti;DK Denmark;DM Dominica;DO Dominican Republic;DZ Algeria;EC Ecuador;EE Estonia;"
             "EG Egypt;EH Western Sahara;ER Eritrea;ES Spain;ET Ethiopia;FI Finland;FJ Fiji;FK Falkland Islands;FM Micronesia;"
             "FO Faroe Islands;FR France;GA Gabon;GB United Kingdom;GD Grenada;GE Georgia;GF French Guiana;GG Guernsey;GH Ghana;"
             "GI Gibraltar;GL Greenland;GM Gambia;GN Guinea;GP Guadeloupe;GQ Equatorial Guinea;GR Greece;"
             "GS South Georgia and the South Sandwich Islands;GT Guatemala;GU Guam;GW Guinea-Bissau;GY Guyana;HK Hong Kong;"
             "HM Heard Island and McDonald Islands;HN Honduras;HR Croatia;HT Haiti;HU Hungary;ID Indonesia;IE Ireland;IL Israel;"
             "IM Isle of Man;IN India;IO British Indian Ocean Territory;IQ Iraq;IR Iran;IS Iceland;IT Italy;JE Jersey;JM Jamaica;"
             "JO Jordan;JP Japan;KE Kenya;KG Kyrgyzstan;KH Cambodia;KI Kiribati;KM Comoros;KN Saint Kitts and Nevis;KP North Korea;"
             "KR South Korea;KW Kuwait;KY Cayman Islands;KZ Kazakhstan;LA Laos;LB Lebanon;LC Saint Lucia;LI Liechtenstein;LK Sri Lanka;"
             "LR Liberia;LS Lesotho;LT Lithuania;LU Luxembourg;LV Latvia;LY Libya;MA Morocco;MC Monaco;MD Moldova;ME Montenegro;"
             "MF Saint Martin (French part);MG Madagascar;MH Marshall Islands;MK North Macedonia;ML Mali;MM Myanmar;MN Mongolia;"
             "MO Macau;MP Northern Mariana Islands;MQ Martinique;MR Mauritania;MS Montserrat;MT Malta;MU Mauritius;MV Maldives;"
             "MW Malawi;MX Mexico;MY Malaysia;MZ Mozambique;NA Namibia;NC New Caledonia;NE Niger;NF Norfolk Island;NG Nigeria;"
             "NI Nicaragua;NL Netherlands;NO Norway;NP Nepal;NR Nauru;NU Niue;NZ New Zealand;OM Oman;PA Panama;PE Peru;"
             "PF French Polynesia;PG Papua New Guinea;PH Philippines;PK Pakistan;PL Poland;PM Saint Pierre and Miquelon;"
             "PN Pitcairn Islands;PR Puerto Rico;PS State of Palestine;PT Portugal;PW Palau;PY Paraguay;QA Qatar;RE Réunion;"
             "RO Romania;RS Serbia;RU Russian Federation;RW Rwanda;SA Saudi Arabia;SB Solomon Islands;SC Seychelles;SD Sudan;"
             "SE Sweden;SG Singapore;SH Saint Helena, Ascension and Tristan da Cunha;SI Slovenia;SJ Svalbard and Jan Mayen;SK Slovakia;"
             "SL Sierra Leone;SM San Marino;SN Senegal;SO Somalia;SR Suriname;SS South Sudan;ST São Tomé and Príncipe;SV El Salvador;"
             "SX Sint Maarten (Dutch part);SY Syria;SZ Eswatini;TC Turks and Caicos Islands;TD Chad;TF French Southern Territories;"
             "TG Togo;TH Thailand;TJ Tajikistan;TK Tokelau;TL Timor-Leste;TM Turkmenistan;TN Tunisia;TO Tonga;TR Türkiye;"
             "TT Trinidad and Tobago;TV Tuvalu;TW Taiwan;TZ Tanzania;UA Ukraine;UG Uganda;UM USA Minor Outlying Islands;US United States;"
             "UY Uruguay;UZ Uzbekistan;VA Holy See (Vatican City State);VC Saint Vincent and the Grenadines;VE Venezuela;"
             "VG Virgin Islands (British);VI Virgin Islands (USA);VN Vietnam;VU Vanuatu;WF Wallis and Futuna;WS Samoa;XK Kosovo;"
             "YE Yemen;YT Mayotte;ZA South Africa;ZM Zambia;ZW Zimbabwe")
COUNTRY_ROWS = [(x[:2], x[3:]) for x in COUNTRIES.split(";")]
COUNTRY_ID = {c: i for i, (c, _) in enumerate(COUNTRY_ROWS, 1)}
US_STATES = ("AL Alabama;AK Alaska;AZ Arizona;AR Arkansas;CA California;CO Colorado;CT Connecticut;DE Delaware;FL Florida;GA Georgia;"
             "HI Hawaii;ID Idaho;IL Illinois;IN Indiana;IA Iowa;KS Kansas;KY Kentucky;LA Louisiana;ME Maine;MD Maryland;MA Massachusetts;"
             "MI Michigan;MN Minnesota;MS Mississippi;MO Missouri;MT Montana;NE Nebraska;NV Nevada;NH New Hampshire;NJ New Jersey;"
             "NM New Mexico;NY New York;NC North Carolina;ND North Dakota;OH Ohio;OK Oklahoma;OR Oregon;PA Pennsylvania;RI Rhode Island;"
             "SC South Carolina;SD South Dakota;TN Tennessee;TX Texas;UT Utah;VT Vermont;VA Virginia;WA Washington;WV West Virginia;"
             "WI Wisconsin;WY Wyoming")
STATE_BLOCKS = [
    ("US", US_STATES),
    ("CA", "AB Alberta;BC British Columbia;MB Manitoba;NB New Brunswick;NL Newfoundland and Labrador;NS Nova Scotia;"
           "NT Northwest Territories;NU Nunavut;ON Ontario;PE Prince Edward Island;QC Quebec;SK Saskatchewan;YT Yukon"),
    ("AU", "NSW New South Wales;QLD Queensland;SA South Australia;TAS Tasmania;VIC Victoria;WA Western Australia;"
           "ACT Australian Capital Territory;NT Northern Territory"),
    ("DE", "BW Baden-Württemberg;BY Bayern;BE Berlin;BB Brandenburg;HB Bremen;HH Hamburg;HE Hessen;MV Mecklenburg-Vorpommern;"
           "NI Niedersachsen;NW Nordrhein-Westfalen;RP Rheinland-Pfalz;SL Saarland;SN Sachsen;ST Sachsen-Anhalt;"
           "SH Schleswig-Holstein;TH Thüringen"),
    ("BE", "VAN Antwerpen;VBR Vlaams-Brabant;VLI Limburg;VOV Oost-Vlaanderen;VWV West-Vlaanderen;WBR Brabant wallon;WHT Hainaut;"
           "WLG Liège;WLX Luxembourg;WNA Namur;BRU Bruxelles-Capitale"),
    ("NL", "DR Drenthe;FL Flevoland;FR Fryslân;GE Gelderland;GR Groningen;LI Limburg;NB Noord-Brabant;NH Noord-Holland;"
           "OV Overijssel;UT Utrecht;ZE Zeeland;ZH Zuid-Holland"),
    ("IT", "MI Milano;RM Roma;NA Napoli;TO Torino;PA Palermo;GE Genova;BO Bologna;FI Firenze;BA Bari;CT Catania;VE Venezia;"
           "VR Verona;ME Messina;PD Padova;TS Trieste;BS Brescia;PR Parma;MO Modena;RC Reggio Calabria;PG Perugia;BG Bergamo;"
           "MB Monza e della Brianza;CA Cagliari;LE Lecce;SA Salerno;PE Pescara;AN Ancona;TN Trento;BZ Bolzano;PI Pisa;LU Lucca;"
           "CO Como;VA Varese;PV Pavia;CR Cremona;AL Alessandria;CN Cuneo;UD Udine;TV Treviso;VI Vicenza"),
    ("MX", "AGU Aguascalientes;BCN Baja California;BCS Baja California Sur;CAM Campeche;CHP Chiapas;CHH Chihuahua;"
           "CMX Ciudad de México;COA Coahuila;COL Colima;DUR Durango;GUA Guanajuato;GRO Guerrero;HID Hidalgo;JAL Jalisco;"
           "MEX Estado de México;MIC Michoacán;MOR Morelos;NAY Nayarit;NLE Nuevo León;OAX Oaxaca;PUE Puebla;QUE Querétaro;"
           "ROO Quintana Roo;SLP San Luis Potosí;SIN Sinaloa;SON Sonora;TAB Tabasco;TAM Tamaulipas;TLA Tlaxcala;VER Veracruz;"
           "YUC Yucatán;ZAC Zacatecas"),
    ("BR", "AC Acre;AL Alagoas;AP Amapá;AM Amazonas;BA Bahia;CE Ceará;DF Distrito Federal;ES Espírito Santo;GO Goiás;MA Maranhão;"
           "MT Mato Grosso;MS Mato Grosso do Sul;MG Minas Gerais;PA Pará;PB Paraíba;PR Paraná;PE Pernambuco;PI Piauí;RJ Rio de Janeiro;"
           "RN Rio Grande do Norte;RS Rio Grande do Sul;RO Rondônia;RR Roraima;SC Santa Catarina;SP São Paulo;SE Sergipe;TO Tocantins"),
    ("IN", "KA Karnataka;MH Maharashtra;TG Telangana;TN Tamil Nadu;KL Kerala;DL Delhi;GJ Gujarat;WB West Bengal;UP Uttar Pradesh;"
           "RJ Rajasthan"),
]
STATE_ROWS = [(cc, x.split(" ", 1)[0], x.split(" ", 1)[1]) for cc, block in STATE_BLOCKS for x in block.split(";")]
STATE_ID = {(cc, code): i for i, (cc, code, _) in enumerate(STATE_ROWS, 1)}
BE_CITY_PROVINCE = {"Bruxelles": "BRU", "Antwerpen": "VAN", "Gent": "VOV", "Liège": "WLG", "Leuven": "VBR", "Namur": "WNA",
                    "Brugge": "VWV", "Ottignies-Louvain-la-Neuve": "WBR", "Wavre": "WBR"}
JOB_LEVELS = ["Junior", "Senior", "Lead", "Principal", "Assistant", "Head of", "Trainee", "Regional", "Chief", "Associate", "Staff"]
JOB_ROLES = ["Accountant", "Sales Representative", "Warehouse Operator", "Software Developer", "Buyer", "Customer Service Agent",
             "HR Officer", "Payroll Specialist", "Product Designer", "Marketing Manager", "Logistics Planner", "Data Analyst",
             "Quality Controller", "Field Technician", "Store Manager", "Legal Counsel", "Controller", "Office Manager",
             "Consultant", "Project Manager", "Copywriter", "Recruiter"]


def be_national_number(g, birth, gender):
    """Belgian national register number YY.MM.DD-SSS.CC (check 97 - n mod 97, with a leading 2 for births from 2000)."""
    y, m, d = birth.split("-")
    serial = g.r.randrange(1 if gender == "M" else 2, 998, 2)
    body = f"{y[2:]}{m}{d}{serial:03d}"
    check = 97 - int(("2" if int(y) >= 2000 else "") + body) % 97
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:9]}.{check:02d}"


def be_iban(g):
    bank, acct = g.pick(["001", "063", "068", "096", "310", "363", "733", "737", "751", "979", "000", "132"]), g.digits(7)
    c = int(bank + acct) % 97 or 97
    return iban("BE", f"{bank}{acct}{c:02d}")


def odoo_erp():
    g = Gen(17_0_2024)
    n_partners, n_emp, n_bank, n_jobs = 520, 420, 360, 230
    countries = ["BE"] * 8 + ["NL", "NL", "FR", "FR", "DE", "LU", "GB", "US", "IN"]
    partners = []
    companies = []
    for i in range(1, n_partners + 1):
        r = g.r.random()
        c = g.pick(countries)
        if r < 0.25:
            p = g.person(g.pick(COUNTRY_CULTURE[c]))
            legal = {"BE": ["SRL", "BV", "NV", "SA"], "NL": ["B.V.", "N.V."], "FR": ["SARL", "SAS"], "DE": ["GmbH", "GmbH & Co. KG"],
                     "LU": ["S.à r.l."], "GB": ["Ltd"], "US": ["Inc.", "LLC"], "IN": ["Pvt. Ltd."]}[c]
            name = g.pick([f"{p['last']} {g.pick(['Logistics', 'Bouw', 'Consulting', 'Outdoor', 'Transport', 'Technics', 'Foods'])} {g.pick(legal)}",
                           f"{g.pick(['Ardenne', 'Noordzee', 'Meuse', 'Kempen', 'Atlas', 'Polder', 'Sonian', 'Brabo'])} {g.pick(['Trading', 'Systems', 'Sports', 'Print', 'Energy'])} {g.pick(legal)}",
                           f"{g.pick(['Brasserie', 'Garage', 'Boulangerie', 'Bakkerij', 'Atelier', 'Fietsen'])} {p['last']}"])
            partners.append(dict(kind="company", name=name, country=c, parent=None))
            companies.append(i)
        else:
            p = g.person(g.pick(COUNTRY_CULTURE[c]))
            parent = g.pick(companies) if companies and r < 0.65 else None
            partners.append(dict(kind="person", name=f"{p['first']} {p['last']}", p=p, country=partners[parent - 1]["country"] if parent else c,
                                 parent=parent))

    def slug(s):
        return "".join(ch for ch in fold(s).lower() if ch.isalnum())[:20]

    def vat(g, c):
        if c == "BE":
            body = "0" + str(g.r.randint(2000000, 9999999))
            return f"BE{body}{97 - int(body) % 97:02d}"
        return {"NL": f"NL{g.digits(9)}B0{g.r.randint(1, 9)}", "FR": f"FR{g.digits(2)}{g.digits(9)}", "DE": f"DE{g.digits(9)}",
                "LU": f"LU{g.digits(8)}", "GB": f"GB{g.digits(9)}", "US": None, "IN": f"{g.digits(2)}{g.chars(UPPER, 5)}{g.digits(4)}{g.pick(UPPER)}1Z{g.pick(UPPER)}"}[c]

    def partner(g, i):
        pt = partners[i - 1]
        c = pt["country"]
        parent = partners[pt["parent"] - 1] if pt["parent"] else None
        a = g.address(c if c in PLACES else "BE")
        if parent and g.r.random() < 0.7:   # a contact at the company's address
            a = parent.setdefault("addr", a)
        if pt["kind"] == "company":
            pt.setdefault("addr", a)
            a = pt["addr"]
        is_co = pt["kind"] == "company"
        name = pt["name"]
        display = f"{parent['name']}, {name}" if parent else name
        if is_co:
            email = f"{g.pick(['info', 'contact', 'sales', 'admin', 'boekhouding', 'compta'])}@{slug(name)}.{c.lower() if c != 'US' else 'com'}"
        else:
            pp = pt["p"]
            email = g.email(pp["first"], pp["last"], domain=f"{slug(parent['name'])}.{c.lower() if c != 'US' else 'com'}" if parent else None,
                            country=c if c in DOMAINS else "BE")
        phone = g.phone(c)
        mobile = None if is_co else g.some(0.6, g.phone(c))
        website = (f"https://www.{slug(name)}.{c.lower() if c != 'US' else 'com'}" if is_co and g.r.random() < 0.8 else
                   g.some(0.12, g.pick([f"https://www.linkedin.com/in/{slug(pt['p']['first'])}-{slug(pt['p']['last'])}-{g.hexs(8)}",
                                        f"https://{slug(pt['p']['first'])}{slug(pt['p']['last'])}.be"])) if not is_co else None)
        comment = g.some(0.3, g.pick([
            "<p>Prefers to be contacted by e-mail, never before 10:00.</p>", "<p>Met at the Batibouw fair 2023. Interested in the winter range.</p>",
            f"<p>Pays late; ask {g.pick(PEOPLE['be'][0])} in accounting before extending credit.</p>",
            "<p>Speaks Dutch and English, not French.</p>", "<p>Private address on file for deliveries only; do not mail invoices there.</p>",
            "<p>On sick leave until further notice, forward to her colleague.</p>", f"<p>Mobile for urgent deliveries: {g.phone(c)}</p>"]))
        state = STATE_ID.get((c, BE_CITY_PROVINCE.get(a["city"], "")) if c == "BE" else (c, a["state"]))
        geo = c == "BE" and g.r.random() < 0.5
        lat = round(g.r.uniform(49.5, 51.5), 7) if geo else None
        lng = round(g.r.uniform(2.6, 6.3), 7) if geo else None
        company_name = None if is_co or parent else g.some(0.15, g.pick(["Freelance", "Self-employed", "Studio Lumen", "Kinesitherapie Claes"]))
        commercial = parent["name"] if parent else name if is_co else company_name
        created = g.ts(2019, 2024)
        return [i, name, display, None if is_co else g.some(0.6, g.r.randint(1, 5)), pt["parent"], g.some(0.5, f"C{i:05d}"),
                g.pick(["fr_BE", "nl_BE", "en_US", "nl_NL", "fr_FR", "de_DE"]), "Europe/Brussels", vat(g, c) if is_co else None, website,
                comment, 1 if g.r.random() > 0.04 else 0, None if is_co else g.some(0.6, g.pick(JOB_ROLES + ["CEO", "Zaakvoerder", "Gérante", "Inkoper"])),
                g.pick(["contact", "contact", "invoice", "delivery"]) if parent else "contact", a["line1"], a["line2"], a["postcode"], a["city"],
                state, COUNTRY_ID[c], lat, lng, email, email.lower(), phone, phone.replace(" ", "").replace("/", "").replace(".", "").replace("-", ""),
                mobile, 1 if is_co else 0, company_name, commercial, pt["parent"] or i, g.r.randint(0, 11),
                g.r.randint(0, 9), g.r.randint(0, 3), created, created]

    def country(g, i):
        code, name = COUNTRY_ROWS[i - 1]
        return [i, json.dumps({"en_US": name}, ensure_ascii=False), code, "after" if code in ("JP", "KR", "CN", "HU") else "before", 1 if code in ("US", "CA", "GB", "NL", "BE") else 0,
                1 if code in ("US", "CA", "AU", "IN", "MX", "BR") else 0, "2023-01-01 00:00:00"]

    def state(g, i):
        cc, code, name = STATE_ROWS[i - 1]
        return [i, COUNTRY_ID[cc], name, code]

    jobs = []
    for lvl in JOB_LEVELS:
        for role in JOB_ROLES:
            jobs.append(f"{lvl} {role}")
    g.r.shuffle(jobs)

    def job(g, i):
        return [i, json.dumps({"en_US": jobs[i - 1]}), g.r.randint(1, 12), g.pick(["<p>Join our growing team in Wavre.</p>", "<p>Full-time, hybrid (3 days on site).</p>",
                                                            "<p>You will report to the team lead and work with suppliers across Benelux.</p>", None]),
                g.r.randint(0, 3), g.r.randint(0, 9), g.pick(["recruit", "open"]), g.ts(2020, 2024)]

    bank_owner = {}

    def bank(g, i):
        pid = g.r.randint(1, n_partners)
        bank_owner[i] = pid
        c = partners[pid - 1]["country"]
        if c == "NL":
            acc = iban("NL", g.pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + g.digits(10))
        elif c == "FR":
            acc = iban("FR", g.digits(10) + g.chars(UPPER + "0123456789", 11) + g.digits(2))
        elif c == "DE":
            acc = iban("DE", g.digits(18))
        elif c == "LU":
            acc = iban("LU", g.digits(3) + g.chars(UPPER + "0123456789", 13))
        elif c == "GB":
            acc = iban("GB", g.pick(["NWBK", "BARC", "LOYD", "MIDL"]) + g.digits(14))
        elif c in ("US", "IN"):
            acc = g.digits(g.r.randint(9, 12))
        else:
            acc = be_iban(g)
        pretty = group4(acc) if acc[:2].isalpha() else acc
        holder = g.some(0.3, partners[pid - 1]["name"] if g.r.random() < 0.7 else f"{g.pick(PEOPLE['be'][0])} {g.pick(PEOPLE['be'][1])}")
        return [i, pretty, acc, pid, holder, g.pick([0, 1]), 1, g.ts(2019, 2025)]

    emp_partner = {}

    def employee(g, i):
        c = g.pick(["BE"] * 12 + ["NL", "FR", "IN", "US"])
        p = g.person(g.pick(COUNTRY_CULTURE[c]))
        home = g.address("BE")
        birth = g.date(1962, 2004)
        job_id = g.r.randint(1, n_jobs)
        emp_partner[i] = g.r.randint(1, n_partners)
        married = g.r.random() < 0.5
        sp = g.person(g.pick(COUNTRY_CULTURE[c]), "M" if p["gender"] == "F" and g.r.random() < 0.9 else "F") if married else None
        ec = g.person(g.pick(COUNTRY_CULTURE[c]))
        nn = be_national_number(g, birth, p["gender"])
        place = g.pick(["Bruxelles", "Leuven", "Namur", "Antwerpen", "Gent", "Liège", "Charleroi", "Mons", "Hasselt", "Brugge"]) if c == "BE" else \
            g.pick({"NL": ["Amsterdam", "Eindhoven", "Maastricht"], "FR": ["Lille", "Lyon", "Reims"], "IN": ["Pune", "Kochi", "Mysuru"],
                    "US": ["Cleveland", "Omaha", "Tampa"]}[c])
        image = g.some(0.5, b"\x89PNG\r\n\x1a\n" + bytes(g.r.randint(0, 255) for _ in range(40)))
        return [i, f"{p['first']} {p['last']}", g.some(0.9, jobs[job_id - 1]), job_id, g.some(0.9, g.r.randint(1, 12)),
                g.some(0.9, g.r.randint(1, max(1, i - 1))) if i > 1 else None, g.some(0.3, g.r.randint(1, n_emp)), 1, emp_partner[i],
                f"{fold(p['first']).lower().replace(' ', '')}.{fold(p['last']).lower().replace(' ', '').replace(chr(39), '')}@ardennes-outdoor.be",
                g.some(0.7, f"+32 10 {g.digits(2)} {g.digits(2)} {g.digits(2)}"), g.some(0.6, g.phone("BE")),
                home["line1"], home["line2"], home["city"], home["postcode"], STATE_ID.get(("BE", BE_CITY_PROVINCE.get(home["city"], ""))),
                COUNTRY_ID["BE"], g.email(p["first"], p["last"], country="BE"), g.phone("BE"), birth, place, COUNTRY_ID[c], COUNTRY_ID[c],
                p["gender"].replace("M", "male").replace("F", "female"), "married" if married else g.pick(["single", "cohabitant", "divorced", "widower"]),
                f"{sp['first']} {sp['last']}" if sp else None, g.date(1960, 2004) if sp else None, g.r.randint(0, 4),
                f"{ec['first']} {ec['last']}", g.phone("BE"), nn, nn.replace(".", "").replace("-", "") if c == "BE" else None,
                g.some(0.4, f"{g.pick(['EM', 'EN', 'EP', 'NX', 'BN'])}{g.digits(6)}{g.pick(['', g.digits(1)])}"),
                g.some(0.08, f"{g.pick(['B', 'F', 'A'])}{g.digits(9)}") if c != "BE" else None,
                g.some(0.05, f"{g.pick(['D', 'C'])}{g.digits(8)}") if c in ("IN", "US") else None,
                g.some(0.05, g.date(2025, 2027)) if c in ("IN", "US") else None, g.some(0.8, g.r.randint(1, n_bank)),
                g.r.randint(0, 85), g.pick(["graduate", "bachelor", "master", "doctor", "other"]),
                g.pick(["Economics", "Computer Science", "Logistics", "Law", "Marketing", "Mechanical Engineering", None]),
                g.pick(["UCLouvain", "KU Leuven", "ULB", "UGent", "Vives Hogeschool", "HELMo", "Thomas More", None]),
                g.some(0.6, "041" + g.digits(10)), g.some(0.5, g.digits(4)),
                g.some(0.15, g.pick(["Works 4/5, off on Wednesdays (children).", "Returned from parental leave in March.",
                                     "Requested ergonomic chair after back surgery.", "Formal warning 2023-05 for repeated lateness.",
                                     f"Prefers to be reached on private mobile {g.phone('BE')}."])),
                g.pick(["employee", "employee", "employee", "student", "freelance", "trainee"]), 1, image, g.ts(2018, 2025)]

    STAGES = ["New", "Initial Qualification", "First Interview", "Second Interview", "Contract Proposal", "Contract Signed"]

    def applicant(g, i):
        c = g.pick(["BE"] * 5 + ["NL", "FR", "IN", "DE"])
        p = g.person(g.pick(COUNTRY_CULTURE[c]))
        return [i, f"{p['first']} {p['last']}", g.email(p["first"], p["last"], country=c), g.phone(c),
                g.some(0.5, f"https://www.linkedin.com/in/{fold(p['first']).lower().replace(' ', '')}{fold(p['last']).lower().replace(' ', '').replace(chr(39), '')}"),
                g.r.randint(1, n_jobs), g.pick(STAGES), g.some(0.7, g.r.randint(28, 75) * 1000), g.some(0.3, g.r.randint(30, 70) * 1000),
                g.some(0.5, g.date(2024, 2025)),
                g.some(0.7, g.pick([
                    "<p>Dear hiring team, I have five years of experience in warehouse logistics and hold a forklift licence.</p>",
                    "<p>Currently working at a competitor; notice period of three months. Relocating from Lyon with my family.</p>",
                    "<p>I am a recent graduate from KU Leuven and would love to join your sales team.</p>",
                    f"<p>Please call me after 17:00 on {g.phone(c)}. I am available from September.</p>",
                    "<p>I left my last job for health reasons and am now fully recovered and motivated.</p>"])),
                g.pick(["normal", "done", "blocked"]), g.pick(["0", "1", "2", "3"]), g.ts(2023, 2025)]

    tables = [
        Table("res_country", len(COUNTRY_ROWS), [
            ("id", "INTEGER PRIMARY KEY", "-"), ("name", "JSONB NOT NULL", "-"), ("code", "VARCHAR(2)", "-"),
            ("name_position", "VARCHAR", "-"), ("zip_required", "BOOLEAN", "-"), ("state_required", "BOOLEAN", "-"),
            ("create_date", "TIMESTAMP", "-")], country),
        Table("res_country_state", len(STATE_ROWS), [
            ("id", "INTEGER PRIMARY KEY", "-"), ("country_id", "INTEGER NOT NULL REFERENCES res_country(id)", "fk"),
            ("name", "VARCHAR NOT NULL", "-"), ("code", "VARCHAR NOT NULL", "-")], state),
        Table("res_partner_title", 0, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("name", "JSONB NOT NULL", "-"), ("shortcut", "JSONB", "-")], None),
        Table("res_partner", n_partners, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("name", "VARCHAR", "name"), ("display_name", "VARCHAR", "name"),
            ("title", "INTEGER REFERENCES res_partner_title(id)", "fk"), ("parent_id", "INTEGER REFERENCES res_partner(id)", "fk"),
            ("ref", "VARCHAR", "-"), ("lang", "VARCHAR", "-"), ("tz", "VARCHAR", "-"), ("vat", "VARCHAR", "-"), ("website", "VARCHAR", "url"),
            ("comment", "TEXT", "free_text"), ("active", "BOOLEAN", "-"), ("function", "VARCHAR", "job_title"), ("type", "VARCHAR", "-"),
            ("street", "VARCHAR", "street_address"), ("street2", "VARCHAR", "street_address"), ("zip", "VARCHAR", "postcode"),
            ("city", "VARCHAR", "city"), ("state_id", "INTEGER REFERENCES res_country_state(id)", "fk"),
            ("country_id", "INTEGER REFERENCES res_country(id)", "fk"), ("partner_latitude", "NUMERIC(10,7)", "other"),
            ("partner_longitude", "NUMERIC(10,7)", "other"), ("email", "VARCHAR", "email"), ("email_normalized", "VARCHAR", "email"),
            ("phone", "VARCHAR", "phone"), ("phone_sanitized", "VARCHAR", "phone"), ("mobile", "VARCHAR", "phone"),
            ("is_company", "BOOLEAN", "-"), ("company_name", "VARCHAR", "company"), ("commercial_company_name", "VARCHAR", "company"),
            ("commercial_partner_id", "INTEGER REFERENCES res_partner(id)", "fk"), ("color", "INTEGER", "-"),
            ("customer_rank", "INTEGER", "-"), ("supplier_rank", "INTEGER", "-"), ("create_date", "TIMESTAMP", "-"),
            ("write_date", "TIMESTAMP", "-")], partner),
        Table("res_partner_bank", n_bank, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("acc_number", "VARCHAR NOT NULL", "account_number"),
            ("sanitized_acc_number", "VARCHAR", "account_number"), ("partner_id", "INTEGER NOT NULL REFERENCES res_partner(id)", "fk"),
            ("acc_holder_name", "VARCHAR", "name"), ("allow_out_payment", "BOOLEAN", "-"), ("active", "BOOLEAN", "-"),
            ("create_date", "TIMESTAMP", "-")], bank),
        Table("hr_department", 0, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("name", "JSONB NOT NULL", "-"), ("complete_name", "VARCHAR", "-"),
            ("parent_id", "INTEGER REFERENCES hr_department(id)", "fk"), ("manager_id", "INTEGER REFERENCES hr_employee(id)", "fk"),
            ("color", "INTEGER", "-"), ("active", "BOOLEAN", "-")], None),
        Table("hr_job", n_jobs, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("name", "JSONB NOT NULL", "-"), ("department_id", "INTEGER REFERENCES hr_department(id)", "fk"),
            ("description", "TEXT", "-"), ("no_of_recruitment", "INTEGER", "-"), ("expected_employees", "INTEGER", "-"),
            ("state", "VARCHAR", "-"), ("create_date", "TIMESTAMP", "-")], job),
        Table("hr_employee", n_emp, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("name", "VARCHAR", "name"), ("job_title", "VARCHAR", "job_title"),
            ("job_id", "INTEGER REFERENCES hr_job(id)", "fk"), ("department_id", "INTEGER REFERENCES hr_department(id)", "fk"),
            ("parent_id", "INTEGER REFERENCES hr_employee(id)", "fk"), ("coach_id", "INTEGER REFERENCES hr_employee(id)", "fk"),
            ("company_id", "INTEGER NOT NULL", "-"), ("work_contact_id", "INTEGER REFERENCES res_partner(id)", "fk"),
            ("work_email", "VARCHAR", "email"), ("work_phone", "VARCHAR", "phone"), ("mobile_phone", "VARCHAR", "phone"),
            ("private_street", "VARCHAR", "street_address"), ("private_street2", "VARCHAR", "street_address"),
            ("private_city", "VARCHAR", "city"), ("private_zip", "VARCHAR", "postcode"),
            ("private_state_id", "INTEGER REFERENCES res_country_state(id)", "fk"), ("private_country_id", "INTEGER REFERENCES res_country(id)", "fk"),
            ("private_email", "VARCHAR", "email"), ("private_phone", "VARCHAR", "phone"), ("birthday", "DATE", "date_of_birth"),
            ("place_of_birth", "VARCHAR", "city"), ("country_of_birth", "INTEGER REFERENCES res_country(id)", "fk"),
            ("country_id", "INTEGER REFERENCES res_country(id)", "fk"), ("gender", "VARCHAR", "-"), ("marital", "VARCHAR", "-"),
            ("spouse_complete_name", "VARCHAR", "name"), ("spouse_birthdate", "DATE", "date_of_birth"), ("children", "INTEGER", "-"),
            ("emergency_contact", "VARCHAR", "name"), ("emergency_phone", "VARCHAR", "phone"), ("identification_id", "VARCHAR", "national_id"),
            ("ssnid", "VARCHAR", "national_id"), ("passport_id", "VARCHAR", "national_id"), ("permit_no", "VARCHAR", "national_id"),
            ("visa_no", "VARCHAR", "national_id"), ("visa_expire", "DATE", "-"),
            ("bank_account_id", "INTEGER REFERENCES res_partner_bank(id)", "fk"), ("km_home_work", "INTEGER", "-"),
            ("certificate", "VARCHAR", "-"), ("study_field", "VARCHAR", "-"), ("study_school", "VARCHAR", "-"), ("barcode", "VARCHAR", "-"),
            ("pin", "VARCHAR", "other"), ("notes", "TEXT", "free_text"), ("employee_type", "VARCHAR", "-"), ("active", "BOOLEAN", "-"),
            ("image_128", "BYTEA", "other"), ("create_date", "TIMESTAMP", "-")], employee),
        Table("hr_applicant", 260, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("partner_name", "VARCHAR", "name"), ("email_from", "VARCHAR", "email"),
            ("partner_phone", "VARCHAR", "phone"), ("linkedin_profile", "VARCHAR", "url"), ("job_id", "INTEGER REFERENCES hr_job(id)", "fk"),
            ("stage", "VARCHAR", "-"), ("salary_expected", "FLOAT", "-"), ("salary_proposed", "FLOAT", "-"), ("availability", "DATE", "-"),
            ("description", "TEXT", "free_text"), ("kanban_state", "VARCHAR", "-"), ("priority", "VARCHAR", "-"),
            ("create_date", "TIMESTAMP", "-")], applicant),
    ]
    return "odoo_erp", tables, g

# ========================================================================================================
# 3. kommun_se: a Swedish municipality's social-services case register (socialtjänst): residents with
#    personnummer, relatives, caseworkers, cases and payments. Swedish column names, ASCII-folded as such
#    systems usually spell them (fornamn for förnamn, lan for län).
# ========================================================================================================
SE_PLACES = [("Stockholm", "Stockholm", "Stockholms län", "11"), ("Stockholm", "Stockholm", "Stockholms län", "12"),
             ("Göteborg", "Göteborg", "Västra Götalands län", "41"), ("Malmö", "Malmö", "Skåne län", "21"),
             ("Uppsala", "Uppsala", "Uppsala län", "75"), ("Västerås", "Västerås", "Västmanlands län", "72"),
             ("Örebro", "Örebro", "Örebro län", "70"), ("Linköping", "Linköping", "Östergötlands län", "58"),
             ("Helsingborg", "Helsingborg", "Skåne län", "25"), ("Jönköping", "Jönköping", "Jönköpings län", "55"),
             ("Norrköping", "Norrköping", "Östergötlands län", "60"), ("Lund", "Lund", "Skåne län", "22"),
             ("Umeå", "Umeå", "Västerbottens län", "90"), ("Gävle", "Gävle", "Gävleborgs län", "80"),
             ("Borås", "Borås", "Västra Götalands län", "50"), ("Södertälje", "Södertälje", "Stockholms län", "15"),
             ("Kållered", "Mölndal", "Västra Götalands län", "42"), ("Mölndal", "Mölndal", "Västra Götalands län", "43"),
             ("Solna", "Solna", "Stockholms län", "16"), ("Täby", "Täby", "Stockholms län", "18"), ("Visby", "Gotland", "Gotlands län", "62"),
             ("Kiruna", "Kiruna", "Norrbottens län", "98"), ("Luleå", "Luleå", "Norrbottens län", "97"), ("Falun", "Falun", "Dalarnas län", "79"),
             ("Östersund", "Östersund", "Jämtlands län", "83"), ("Kalmar", "Kalmar", "Kalmar län", "39"),
             ("Karlskrona", "Karlskrona", "Blekinge län", "37"), ("Växjö", "Växjö", "Kronobergs län", "35"),
             ("Karlstad", "Karlstad", "Värmlands län", "65"), ("Sundsvall", "Sundsvall", "Västernorrlands län", "85"),
             ("Halmstad", "Halmstad", "Hallands län", "30"), ("Eskilstuna", "Eskilstuna", "Södermanlands län", "63")]
SE_STREETS = ["Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan", "Björkvägen",
              "Granvägen", "Tallvägen", "Ekvägen", "Parkvägen", "Stationsvägen", "Industrigatan", "Sveavägen", "Hantverkargatan",
              "Linnégatan", "Östra Hamngatan", "Södra Förstadsgatan", "Fjällgatan", "Ängsvägen", "Backstigen", "Lingonstigen",
              "Rönnvägen", "Sjögatan", "Nygatan", "Smedjegatan", "Allégatan", "Folkungagatan", "Brunnsgatan"]
SE_TITLES = ["Socialsekreterare", "Biståndshandläggare", "Enhetschef", "Familjebehandlare", "Handläggare försörjningsstöd",
             "Socionom", "Avdelningschef", "Administratör", "Budget- och skuldrådgivare", "LSS-handläggare"]


def se_personnummer(g, birth, gender, style=None, coordination=False):
    y, m, d = birth.split("-")
    dd = int(d) + (60 if coordination else 0)
    serial = f"{g.digits(2)}{g.pick('13579' if gender == 'M' else '02468')}"
    body = f"{y[2:]}{m}{dd:02d}{serial}"
    check = luhn_digit(body)
    style = style or g.pick(["long-", "long-", "long", "short-"])
    if style == "long-":
        return f"{y[:2]}{body[:6]}-{serial}{check}"
    if style == "long":
        return f"{y[:2]}{body}{check}"
    return f"{body[:6]}-{serial}{check}"


def se_phone(g):
    r = g.r.random()
    if r < 0.4:
        return f"07{g.pick('02369')}-{g.digits(3)} {g.digits(2)} {g.digits(2)}"
    if r < 0.6:
        return f"+46 7{g.pick('02369')} {g.digits(3)} {g.digits(2)} {g.digits(2)}"
    if r < 0.8:
        return f"08-{g.digits(3)} {g.digits(3)} {g.digits(2)}"
    return f"0{g.pick(['31', '40', '18', '90', '13'])}-{g.digits(2)} {g.digits(2)} {g.digits(2)}"


def se_address(g):
    postort, kommun, lan, pre = g.pick(SE_PLACES)
    street = f"{g.pick(SE_STREETS)} {g.r.randint(1, 120)}{g.pick(['', '', '', ' A', ' B', 'C'])}"
    if g.r.random() < 0.3:
        street += f" lgh {g.r.randint(10, 16)}0{g.r.randint(1, 6)}"
    return dict(street=street, postnr=f"{pre}{g.digits(1)} {g.digits(2)}", postort=postort,
                kommun="Region Gotland" if kommun == "Gotland" else f"{kommun}{'' if kommun[-1] in 'aeiouyåäös' else 's'} kommun", lan=lan)


def kommun_se():
    g = Gen(46_2024)
    n_staff, n_pers, n_rel, n_cases, n_pay = 220, 460, 380, 620, 520
    people = []
    for i in range(1, n_pers + 1):
        culture = g.pick(["sv"] * 7 + ["ar", "fa", "pl", "tr", "ke", "ru"])
        p = g.person(culture)
        birth = g.date(1935, 2007)
        people.append(dict(p, birth=birth, pnr=se_personnummer(g, birth, p["gender"], coordination=g.r.random() < 0.03), addr=se_address(g)))

    def staff(g, i):
        p = g.person("sv")
        sig = (fold(p["first"])[:2] + fold(p["last"])[:2]).upper() + g.pick(["", "", str(g.r.randint(1, 9))])
        return [i, f"{g.r.randint(10000, 99999)}", p["first"], p["last"], sig, g.pick(SE_TITLES),
                g.pick(["Försörjningsstöd", "Barn och unga", "Vuxenenheten", "LSS", "Äldreomsorg", "Mottagningsenheten"]),
                f"0{g.pick(['31', '8', '40'])}-{g.digits(3)} {g.digits(2)} {g.digits(2)}",
                f"{fold(p['first']).lower()}.{fold(p['last']).lower()}@{g.pick(['goteborg.se', 'stockholm.se', 'malmo.se', 'molndal.se'])}",
                g.pick([1, 1, 1, 0])]

    def person(g, i):
        p = people[i - 1]
        a = p["addr"]
        second = g.some(0.2, g.person("sv", p["gender"])["first"])
        second = None if second == p["first"] else second
        given = f"{p['first']} {second}" if second else p["first"]
        email = g.some(0.55, g.email(p["first"], p["last"], domain=g.pick(DOMAINS["SE"])))
        return [i, p["pnr"], given, g.some(0.05, g.pick(PEOPLE["sv"][1])), p["last"], g.some(0.5, p["first"]), p["birth"],
                "M" if p["gender"] == "M" else "K", g.pick(["OG", "G", "S", "Ä", "SP"]),
                g.pick(["SE", "SE", "SE", "SE", "SY", "IR", "PL", "SO", "AF", "FI"]),
                g.some(0.06, f"c/o {g.pick(PEOPLE['sv'][1])}"), a["street"], a["postnr"], a["postort"], a["kommun"], a["lan"],
                g.some(0.4, se_phone(g)), g.some(0.75, se_phone(g)), email, 1 if g.r.random() < 0.02 else 0, g.date(1990, 2024),
                g.some(0.2, g.pick(["Tolk behövs (arabiska).", "Har god man sedan 2022.", "Nås bäst via SMS, svarar inte på samtal.",
                                    f"Dotter {g.pick(PEOPLE['sv'][0])} hjälper till med kontakten, tel {se_phone(g)}.",
                                    "Hotfull vid senaste besöket, två handläggare vid möten.", "Flyttat till kvinnojour, adress ej registrerad."])),
                g.ts(2015, 2024), g.ts(2024, 2025)]

    def relative(g, i):
        pid = g.r.randint(1, n_pers)
        culture = people[pid - 1]["culture"]
        p = g.person(culture)
        birth = g.date(1940, 2006)
        a = se_address(g)
        return [i, pid, g.some(0.7, se_personnummer(g, birth, p["gender"])), f"{p['first']} {p['last']}",
                g.pick(["Make", "Maka", "Sambo", "Förälder", "Barn", "Syskon", "God man", "Granne"]), se_phone(g),
                g.some(0.4, g.email(p["first"], p["last"], domain=g.pick(DOMAINS["SE"]))),
                g.some(0.6, f"{a['street']}, {a['postnr']} {a['postort']}"), g.pick([0, 0, 1])]

    REASONS = ["Ansökan om försörjningsstöd för {m}.", "Orosanmälan från skolan gällande barnets frånvaro.",
               "Sökande har förlorat sitt arbete och saknar inkomst sedan {m}.", "Ansökan om bostad med särskild service.",
               "Skuldsanering, sökande har skulder hos Kronofogden.", "Anmälan från grannar om störningar och misstänkt missbruk.",
               "Ansökan om hemtjänst efter fallolycka i hemmet.", "Ekonomiskt bistånd till hyra och el.",
               "Sökande uppger att hon utsatts för våld av tidigare sambo."]
    MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]

    def case(g, i):
        opened = g.date(2019, 2025)
        return [i, f"{g.pick(['SN', 'SOC', 'VON'])} {opened[:4]}/{g.r.randint(1, 9999):04d}", g.r.randint(1, n_pers), g.r.randint(1, n_staff),
                g.pick(["Ekonomiskt bistånd", "Barnavård", "Missbruk", "LSS", "Hemtjänst", "Skuldrådgivning", "Våld i nära relation"]),
                g.pick(["Öppet", "Avslutat", "Utredning pågår", "Beslut fattat"]), opened, g.some(0.6, max(opened, g.date(int(opened[:4]), 2025))),
                g.pick(REASONS).format(m=g.pick(MONTHS)),
                g.pick(["Bifall", "Avslag", "Delvis bifall", "Avskrivet", None]),
                g.some(0.6, g.pick(["Sökande bedöms inte kunna tillgodose sina behov på annat sätt.", "Sökande har inte lämnat begärda kontoutdrag.",
                                    "Barnet har berättat om bråk i hemmet; fortsatt utredning enligt 11 kap. 1 § SoL.",
                                    "Sökandes sambo har inkomst som överstiger normen.", "Läkarintyg visar nedsatt arbetsförmåga till 50 %."]))]

    def payment(g, i):
        pid = g.r.randint(1, n_pers)
        p = people[pid - 1]
        bank = g.r.random()
        if bank < 0.35:   # Nordea personkonto: the account number is the holder's personnummer
            clearing, konto = "3300", p["pnr"].replace("-", "")[-10:]
        elif bank < 0.7:
            clearing, konto = f"8{g.digits(3)}-{g.digits(1)}", f"{g.digits(3)} {g.digits(3)} {g.digits(3)}-{g.digits(1)}"
        else:
            clearing, konto = g.pick(["6", "5", "9", "7"]) + g.digits(3), g.digits(g.pick([7, 9, 10]))
        receiver = f"{p['first']} {p['last']}" if g.r.random() < 0.8 else g.pick(["Brf Tallbacken", "Familjebostäder AB", "MKB Fastighets AB",
                                                                             f"{g.pick(PEOPLE['sv'][0])} {g.pick(PEOPLE['sv'][1])}"])
        return [i, pid, g.r.randint(1, n_cases), clearing, konto, receiver, round(g.r.uniform(800, 14000), 2), g.date(2020, 2025),
                f"{g.r.randint(2020, 2025)}-{g.r.randint(1, 12):02d}"]

    tables = [
        Table("handlaggare", n_staff, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("anstallningsnummer", "TEXT", "-"), ("fornamn", "TEXT", "first_name"),
            ("efternamn", "TEXT", "last_name"), ("signatur", "TEXT", "username"), ("titel", "TEXT", "job_title"), ("enhet", "TEXT", "-"),
            ("telefon", "TEXT", "phone"), ("epost", "TEXT", "email"), ("aktiv", "INTEGER", "-")], staff),
        Table("personer", n_pers, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("personnummer", "TEXT NOT NULL", "national_id"), ("fornamn", "TEXT", "first_name"),
            ("mellannamn", "TEXT", "last_name"), ("efternamn", "TEXT", "last_name"), ("tilltalsnamn", "TEXT", "first_name"),
            ("fodelsedatum", "DATE", "date_of_birth"), ("kon", "TEXT", "-"), ("civilstand", "TEXT", "-"), ("medborgarskap", "TEXT", "-"),
            ("co_adress", "TEXT", "street_address"), ("utdelningsadress", "TEXT", "street_address"), ("postnummer", "TEXT", "postcode"),
            ("postort", "TEXT", "city"), ("kommun", "TEXT", "region"), ("lan", "TEXT", "region"), ("telefon", "TEXT", "phone"),
            ("mobiltelefon", "TEXT", "phone"), ("epost", "TEXT", "email"), ("skyddad_identitet", "INTEGER", "-"),
            ("folkbokford_sedan", "DATE", "-"), ("anteckningar", "TEXT", "free_text"), ("skapad", "TEXT", "-"), ("andrad", "TEXT", "-")], person),
        Table("anhoriga", n_rel, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("person_id", "INTEGER NOT NULL REFERENCES personer(id)", "fk"),
            ("personnummer", "TEXT", "national_id"), ("namn", "TEXT", "name"), ("relation", "TEXT", "-"), ("telefon", "TEXT", "phone"),
            ("epost", "TEXT", "email"), ("adress", "TEXT", "street_address"), ("vardnadshavare", "INTEGER", "-")], relative),
        Table("arenden", n_cases, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("diarienummer", "TEXT", "-"), ("person_id", "INTEGER REFERENCES personer(id)", "fk"),
            ("handlaggare_id", "INTEGER REFERENCES handlaggare(id)", "fk"), ("arendetyp", "TEXT", "-"), ("status", "TEXT", "-"),
            ("inkom", "DATE", "-"), ("avslutat", "DATE", "-"), ("beskrivning", "TEXT", "free_text"), ("beslut", "TEXT", "-"),
            ("motivering", "TEXT", "free_text")], case),
        Table("utbetalningar", n_pay, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("person_id", "INTEGER REFERENCES personer(id)", "fk"),
            ("arende_id", "INTEGER REFERENCES arenden(id)", "fk"), ("clearingnummer", "TEXT", "-"), ("kontonummer", "TEXT", "account_number"),
            ("mottagare", "TEXT", "name"), ("belopp", "NUMERIC", "-"), ("utbetalningsdag", "DATE", "-"), ("avser_period", "TEXT", "-")], payment),
        Table("sekretessmarkeringar", 0, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("person_id", "INTEGER REFERENCES personer(id)", "fk"), ("typ", "TEXT", "-"),
            ("beslutad", "DATE", "-"), ("orsak", "TEXT", "free_text"), ("beslutad_av", "TEXT", "name")], None),
    ]
    return "kommun_se", tables, g

# ========================================================================================================
# 4. scuola_it: an Italian secondary school's registry (registro elettronico): pupils, parents, teachers,
#    classes, marks and absences, with codici fiscali carrying their check character.
# ========================================================================================================
# (comune, Belfiore code, provincia, CAP pattern)
IT_COMUNI = [("Milano", "F205", "MI", "201dd"), ("Roma", "H501", "RM", "001dd"), ("Napoli", "F839", "NA", "801dd"),
             ("Torino", "L219", "TO", "101dd"), ("Palermo", "G273", "PA", "901dd"), ("Genova", "D969", "GE", "161dd"),
             ("Bologna", "A944", "BO", "401dd"), ("Firenze", "D612", "FI", "501dd"), ("Bari", "A662", "BA", "701dd"),
             ("Catania", "C351", "CT", "951dd"), ("Venezia", "L736", "VE", "301dd"), ("Verona", "L781", "VR", "371dd"),
             ("Messina", "F158", "ME", "981dd"), ("Padova", "G224", "PD", "351dd"), ("Brescia", "B157", "BS", "251dd"),
             ("Bergamo", "A794", "BG", "241dd"), ("Lecce", "E506", "LE", "73100"), ("Salerno", "H703", "SA", "841dd"),
             ("Reggio di Calabria", "H224", "RC", "891dd"), ("Cagliari", "B354", "CA", "091dd")]
IT_RESIDENCE = [("Milano", "F205", "MI", "201dd"), ("Milano", "F205", "MI", "201dd"), ("Milano", "F205", "MI", "201dd"),
                ("Sesto San Giovanni", "I690", "MI", "20099"), ("Cinisello Balsamo", "C707", "MI", "20092"),
                ("Cologno Monzese", "C895", "MI", "20093"), ("Monza", "F704", "MB", "20900"), ("Rho", "H264", "MI", "20017"),
                ("Legnano", "E514", "MI", "20025"), ("Bresso", "B162", "MI", "20091")]
IT_ABROAD = [("Albania", "Z100"), ("Romania", "Z129"), ("Marocco", "Z330"), ("Cina", "Z210"), ("Ucraina", "Z138"),
             ("Filippine", "Z216"), ("Egitto", "Z336"), ("Perù", "Z611")]
IT_ABROAD_CULTURE = {"Albania": "it", "Romania": "it", "Marocco": "ar", "Cina": "cn", "Ucraina": "ru", "Filippine": "ph",
                     "Egitto": "ar", "Perù": "mx"}
IT_STREETS = ["Via Roma", "Via Garibaldi", "Viale Monza", "Corso Buenos Aires", "Via Padova", "Via Mazzini", "Piazza della Repubblica",
              "Via Vittorio Emanuele II", "Via Manzoni", "Viale Fulvio Testi", "Via Marconi", "Via Dante", "Corso Italia", "Via Cavour",
              "Via Giuseppe Verdi", "Via XX Settembre", "Viale Lombardia", "Via dei Mille", "Via Matteotti", "Largo Augusto"]
IT_SUBJECTS = ["Italiano", "Matematica", "Inglese", "Storia", "Filosofia", "Fisica", "Scienze naturali", "Latino", "Informatica",
               "Disegno e storia dell'arte", "Scienze motorie", "Religione cattolica", "Diritto ed economia"]
CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
CF_EVEN = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", list(range(10)) + list(range(26))))


def codice_fiscale(cognome, nome, birth, gender, belfiore):
    def letters(s):
        s = "".join(c for c in fold(s).upper() if c.isalpha())
        cons = [c for c in s if c not in "AEIOU"]
        vows = [c for c in s if c in "AEIOU"]
        return cons, vows
    c, v = letters(cognome)
    sur = "".join(c + v + ["X"] * 3)[:3]
    c, v = letters(nome)
    giv = (c[0] + c[2] + c[3]) if len(c) >= 4 else "".join(c + v + ["X"] * 3)[:3]
    y, m, d = birth.split("-")
    day = int(d) + (40 if gender == "F" else 0)
    body = f"{sur}{giv}{y[2:]}{'ABCDEHLMPRST'[int(m) - 1]}{day:02d}{belfiore}"
    total = sum(CF_ODD[ch] if i % 2 == 0 else CF_EVEN[ch] for i, ch in enumerate(body))
    return body + chr(ord("A") + total % 26)


def it_mobile(g):
    n = f"3{g.pick(['20', '28', '29', '33', '34', '35', '38', '39', '40', '45', '47', '48', '49', '66', '77', '88', '92', '93'])}"
    r = g.r.random()
    return f"+39 {n} {g.digits(7)}" if r < 0.35 else f"{n}{g.digits(7)}" if r < 0.6 else f"{n} {g.digits(3)} {g.digits(4)}" if r < 0.85 else f"{n}-{g.digits(7)}"


def it_landline(g):
    return g.pick([f"02 {g.digits(8)}", f"02-{g.digits(7)}", f"+39 02 {g.digits(4)} {g.digits(4)}", f"039 {g.digits(6)}"])


def it_iban(g):
    return iban("IT", g.pick(UPPER) + g.pick(["03069", "02008", "05034", "03062", "01030", "03440", "36000"]) + g.digits(5) + g.digits(12))


def scuola_it():
    g = Gen(39_2024)
    n_doc, n_cls, n_alu, n_gen = 240, 210, 460, 540

    def born(g):
        if g.r.random() < 0.12:
            country, code = g.pick(IT_ABROAD)
            return country, "EE", code, IT_ABROAD_CULTURE[country]
        com, code, prov, _ = g.pick(IT_COMUNI + IT_RESIDENCE)
        return com, prov, code, "it"

    def home(g):
        com, _, prov, cap = g.pick(IT_RESIDENCE)
        return f"{g.pick(IT_STREETS)}{g.pick([' ', ', '])}{g.r.randint(1, 250)}{g.pick(['', '', '', '/A', '/B', ' bis'])}", g.pattern(cap), com, prov

    def docente(g, i):
        place, prov, code, culture = born(g)
        p = g.person("it" if culture == "it" else culture)
        birth = g.date(1958, 1996)
        f, l = fold(p["first"]).lower().replace(" ", ""), fold(p["last"]).lower().replace(" ", "").replace("'", "")
        return [i, f"{g.pick(['MI', 'RM', 'NA', 'TO'])}{g.digits(6)}", codice_fiscale(p["last"], p["first"], birth, p["gender"], code),
                p["last"], p["first"], birth, place, f"{f}.{l}{g.pick(['', '', '', '1', '2'])}@posta.istruzione.it",
                g.some(0.6, f"{f}.{l}@{g.pick(['pec.it', 'legalmail.it', 'arubapec.it', 'postecert.it'])}"), it_mobile(g), it_iban(g),
                g.pick(["Docente", "Docente", "Docente", "Docente di sostegno", "Vicepreside", "Collaboratore scolastico", "Assistente amministrativo",
                        "Dirigente scolastico", "DSGA", "Assistente tecnico"]),
                g.pick(IT_SUBJECTS), g.pick(["Tempo indeterminato", "Tempo determinato", "Supplenza breve"]), g.date(1990, 2024)]

    def classe(g, i):
        anno = (i - 1) % 5 + 1
        sez = "ABCDEFGHILMNOPQRSTUVZ"[((i - 1) // 5) % 21]
        plesso = ["Sede centrale", "Succursale via Padova", "Sede staccata Sesto"][(i - 1) // 105 % 3] if i <= 210 else "Sede centrale"
        return [i, anno, sez, g.pick(["Liceo scientifico", "Liceo scientifico – scienze applicate", "Liceo linguistico", "Istituto tecnico – informatica",
                                      "Istituto tecnico – amministrazione, finanza e marketing"]), plesso, f"{g.pick(['A', 'B', 'C'])}{g.r.randint(1, 3)}{g.r.randint(0, 2)}{g.r.randint(1, 9)}",
                g.r.randint(1, n_doc)]

    pupils = []

    def alunno(g, i):
        place, prov, code, culture = born(g)
        p = g.person("it" if culture == "it" else culture)
        if culture != "it" and g.r.random() < 0.5:   # second generation: born in Italy to foreign parents
            place, prov = g.pick([("Milano", "MI"), ("Sesto San Giovanni", "MI"), ("Monza", "MB")])
            code = {"Milano": "F205", "Sesto San Giovanni": "I690", "Monza": "F704"}[place]
        birth = g.date(2006, 2012)
        street, cap, com, pr = home(g)
        pupils.append(dict(p, street=street, cap=cap, com=com))
        return [i, codice_fiscale(p["last"], p["first"], birth, p["gender"], code), p["last"], p["first"], p["gender"], birth, place, prov,
                g.pick({"it": ["Italiana"] * 9 + ["Albanese", "Rumena"], "ar": ["Marocchina", "Egiziana", "Italiana"], "cn": ["Cinese", "Italiana"],
                        "ru": ["Ucraina", "Italiana"], "ph": ["Filippina", "Italiana"], "mx": ["Peruviana", "Italiana"]}[p["culture"]]),
                street, cap, com, pr, g.some(0.3, it_landline(g)), g.some(0.6, it_mobile(g)),
                g.some(0.6, g.email(p["first"], p["last"], domain=g.pick(DOMAINS["IT"]))), g.r.randint(1, n_cls), g.date(2019, 2024),
                g.pick([0, 0, 0, 0, 0, 1]),
                g.some(0.15, g.pick(["Certificazione DSA (dislessia): strumenti compensativi e tempi aggiuntivi.", "Allergia alle arachidi, adrenalina in segreteria.",
                                     "Genitori separati: comunicazioni a entrambi, ritiro solo da parte della madre.",
                                     "Esonero da religione cattolica.", "Trasferito da altro istituto a metà anno.",
                                     "Segnalazione ai servizi sociali (prot. riservato)."]))]

    def genitore(g, i):
        aid = (i - 1) % n_alu + 1
        pupil = pupils[aid - 1]
        gender = "F" if i <= n_alu else "M"
        p = g.person(pupil["culture"], gender)
        last = pupil["last"] if gender == "M" or g.r.random() < 0.3 else p["last"]
        place, prov, code, _ = born(g)
        birth = g.date(1965, 1990)
        f, l = fold(p["first"]).lower().replace(" ", ""), fold(last).lower().replace(" ", "").replace("'", "")
        return [i, aid, last, p["first"], codice_fiscale(last, p["first"], birth, gender, code), "Madre" if gender == "F" else g.pick(["Padre", "Padre", "Tutore"]),
                it_mobile(g), g.email(p["first"], last, domain=g.pick(DOMAINS["IT"])),
                g.some(0.2, f"{f}.{l}@{g.pick(['pec.it', 'legalmail.it', 'pec.ordineavvocatimilano.it', 'ingpec.eu'])}"),
                g.some(0.7, g.pick(["Impiegata", "Operaio", "Infermiera", "Avvocato", "Commerciante", "Insegnante", "Ingegnere", "Casalinga",
                                    "Autista", "Medico", "Libero professionista", "Colf"])),
                g.some(0.4, g.pick(["Esselunga S.p.A.", "Ospedale Niguarda", "Comune di Milano", "Pirelli", "Studio Legale Bianchi",
                                    "ATM Milano", "Intesa Sanpaolo", "Bar Sport di Rossi"]))]

    def voto(g, i):
        return [i, g.r.randint(1, n_alu), g.r.randint(1, n_doc), g.pick(IT_SUBJECTS), g.date(2023, 2025), g.pick(["Scritto", "Orale", "Pratico"]),
                g.pick([4, 4.5, 5, 5.5, 6, 6, 6.5, 7, 7, 7.5, 8, 8.5, 9, 10]),
                g.some(0.5, g.pick(["Buona padronanza degli argomenti, esposizione chiara.", "Non ha studiato; si consiglia recupero.",
                                    "Interrogazione programmata, rimandato su richiesta della famiglia.", "Copiava durante la verifica, voto annullato e rifatto.",
                                    "Migliorato molto rispetto al primo quadrimestre.", "Ansia durante le verifiche orali, concordato programma con la famiglia."]))]

    def assenza(g, i):
        aid = g.r.randint(1, n_alu)
        return [i, aid, g.date(2023, 2025), g.r.randint(1, 6), g.pick(["Assenza", "Ritardo", "Uscita anticipata"]), g.pick([0, 1, 1, 1]),
                g.some(0.6, g.pick(["Motivi di salute", "Visita medica", "Motivi familiari", "Febbre", "Sciopero dei mezzi",
                                    "Lutto in famiglia (nonno)", "Terapia settimanale presso ASST"])),
                g.some(0.7, aid if aid <= n_gen else None)]

    tables = [
        Table("docenti", n_doc, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("matricola", "TEXT", "-"), ("codice_fiscale", "CHAR(16)", "national_id"),
            ("cognome", "TEXT", "last_name"), ("nome", "TEXT", "first_name"), ("data_nascita", "DATE", "date_of_birth"),
            ("luogo_nascita", "TEXT", "city"), ("email_istituzionale", "TEXT", "email"), ("pec", "TEXT", "email"), ("cellulare", "TEXT", "phone"),
            ("iban", "TEXT", "account_number"), ("qualifica", "TEXT", "job_title"), ("materia", "TEXT", "-"), ("tipo_contratto", "TEXT", "-"),
            ("data_assunzione", "DATE", "-")], docente),
        Table("classi", n_cls, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("anno", "INTEGER", "-"), ("sezione", "TEXT", "-"), ("indirizzo", "TEXT", "-"),
            ("plesso", "TEXT", "-"), ("aula", "TEXT", "-"), ("coordinatore_id", "INTEGER REFERENCES docenti(id)", "fk")], classe),
        Table("alunni", n_alu, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("codice_fiscale", "CHAR(16) NOT NULL", "national_id"), ("cognome", "TEXT NOT NULL", "last_name"),
            ("nome", "TEXT NOT NULL", "first_name"), ("sesso", "CHAR(1)", "-"), ("data_di_nascita", "DATE", "date_of_birth"),
            ("luogo_di_nascita", "TEXT", "city"), ("provincia_di_nascita", "CHAR(2)", "region"), ("cittadinanza", "TEXT", "-"),
            ("indirizzo", "TEXT", "street_address"), ("cap", "CHAR(5)", "postcode"), ("comune", "TEXT", "city"), ("provincia", "CHAR(2)", "region"),
            ("telefono", "TEXT", "phone"), ("cellulare", "TEXT", "phone"), ("email", "TEXT", "email"),
            ("classe_id", "INTEGER REFERENCES classi(id)", "fk"), ("data_iscrizione", "DATE", "-"), ("bes", "INTEGER", "-"),
            ("note", "TEXT", "free_text")], alunno),
        Table("genitori", n_gen, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("alunno_id", "INTEGER NOT NULL REFERENCES alunni(id)", "fk"), ("cognome", "TEXT", "last_name"),
            ("nome", "TEXT", "first_name"), ("codice_fiscale", "CHAR(16)", "national_id"), ("relazione", "TEXT", "-"),
            ("cellulare", "TEXT", "phone"), ("email", "TEXT", "email"), ("pec", "TEXT", "email"), ("professione", "TEXT", "job_title"),
            ("datore_di_lavoro", "TEXT", "company")], genitore),
        Table("voti", 1600, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("alunno_id", "INTEGER REFERENCES alunni(id)", "fk"),
            ("docente_id", "INTEGER REFERENCES docenti(id)", "fk"), ("materia", "TEXT", "-"), ("data", "DATE", "-"), ("tipo", "TEXT", "-"),
            ("voto", "REAL", "-"), ("giudizio", "TEXT", "free_text")], voto),
        Table("assenze", 900, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("alunno_id", "INTEGER REFERENCES alunni(id)", "fk"), ("data", "DATE", "-"),
            ("ore", "INTEGER", "-"), ("tipo", "TEXT", "-"), ("giustificata", "INTEGER", "-"), ("motivo", "TEXT", "free_text"),
            ("giustificata_da", "INTEGER REFERENCES genitori(id)", "fk")], assenza),
        Table("colloqui", 0, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("genitore_id", "INTEGER REFERENCES genitori(id)", "fk"),
            ("docente_id", "INTEGER REFERENCES docenti(id)", "fk"), ("data_ora", "TEXT", "-"), ("note", "TEXT", "free_text")], None),
    ]
    return "scuola_it", tables, g

# ========================================================================================================
# 5. ride_app: a ride-hailing and food-delivery app in six cities: riders, drivers, devices, trips with GPS
#    points and route polylines, location pings, delivery orders.
# ========================================================================================================
RIDE_CITIES = [("nyc", "US", "New York", 40.7128, -74.0060, "NY"), ("sf", "US", "San Francisco", 37.7749, -122.4194, "CA"),
               ("lon", "GB", "London", 51.5072, -0.1276, ""), ("cdmx", "MX", "Ciudad de México", 19.4326, -99.1332, "CMX"),
               ("lagos", "NG", "Lagos", 6.5244, 3.3792, "LA"), ("blr", "IN", "Bengaluru", 12.9716, 77.5946, "KA")]
LAGOS_STREETS = ["Admiralty Way", "Adeola Odeku Street", "Awolowo Road", "Allen Avenue", "Herbert Macaulay Way", "Ozumba Mbadiwe Avenue",
                 "Akin Adesola Street", "Opebi Road", "Bode Thomas Street"]
LAGOS_AREAS = ["Lekki Phase 1", "Victoria Island", "Ikoyi", "Ikeja", "Yaba", "Surulere", "Ajah", "Gbagada"]
PLATE = {"nyc": "LLL-dddd", "sf": "dLLLddd", "lon": "LLdd LLL", "cdmx": "LLL-ddd-L", "lagos": "LLL ddd LL", "blr": "KA dd LL dddd"}
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VALUE = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
CARS = [("Toyota", "Prius"), ("Toyota", "Camry"), ("Honda", "Accord"), ("Hyundai", "Ioniq 5"), ("Kia", "Niro"), ("Tesla", "Model 3"),
        ("Nissan", "Versa"), ("Suzuki", "Dzire"), ("Maruti", "Ertiga"), ("Chevrolet", "Aveo"), ("Skoda", "Octavia"), ("Ford", "Galaxy")]


def vin(g):
    body = [g.pick(VIN_CHARS) for _ in range(17)]
    body[8] = "0"
    total = sum((int(c) if c.isdigit() else VIN_VALUE[c]) * w for c, w in zip(body, VIN_WEIGHTS))
    body[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(body)


def imei(g):
    body = g.pick(["35", "35", "86", "01", "49"]) + g.digits(12)
    return body + luhn_digit(body)


def ssn(g):
    area = g.r.randint(1, 899)
    while area == 666:
        area = g.r.randint(1, 899)
    return f"{area:03d}-{g.r.randint(1, 99):02d}-{g.r.randint(1, 9999):04d}"


def clabe(g):
    body = g.pick(["002", "012", "014", "021", "072"]) + g.pick(["180", "320", "650"]) + g.digits(11)
    total = sum((int(c) * w) % 10 for c, w in zip(body, [3, 7, 1] * 6))
    return body + str((10 - total % 10) % 10)


def ride_app():
    g = Gen(8_675_309)
    n_riders, n_drivers, n_trips, n_devices = 460, 260, 1500, 620

    def city_person(g, city):
        culture = {"nyc": ["us", "us", "mx", "cn", "kr", "in", "ng"], "sf": ["us", "us", "cn", "mx", "in", "jp"], "lon": ["gb", "gb", "in", "pl", "ng", "ar"],
                   "cdmx": ["mx"], "lagos": ["ng"], "blr": ["in"]}[city[0]]
        return g.person(g.pick(culture))

    def place(g, city, label):
        code, cc, name, lat0, lng0, st = city
        lat, lng = round(lat0 + g.r.uniform(-0.12, 0.12), 6), round(lng0 + g.r.uniform(-0.15, 0.15), 6)
        if cc == "NG":
            street, pc = f"{g.r.randint(1, 80)} {g.pick(LAGOS_STREETS)}, {g.pick(LAGOS_AREAS)}", f"10{g.digits(4)}"
        elif cc == "US":
            street, pc = f"{g.r.randint(10, 999)} {g.pick(STREETS['US'][0])} {g.pick(STREETS['US'][1])}", ("100" if code == "nyc" else "941") + g.digits(2)
        elif cc == "GB":
            street, pc = g.street("GB"), g.pattern(g.pick(["Ed dLL", "Nd dLL", "SEdd dLL", "SWd dLL", "Wd dLL"]))
        elif cc == "MX":
            street, pc = g.street("MX"), g.pattern("0dddd")
        else:
            street, pc = g.street("IN"), g.pattern("5600dd")
        formatted = f"{street}, {name}{', ' + st if st and cc == 'US' else ''} {pc}"
        return {"label": label, "formatted": formatted, "street": street, "city": name, "postal_code": pc, "country": cc,
                "lat": lat, "lng": lng, **({"entrance": g.pick(["Side gate", "Buzz 4B", "Blue door", "Apt 12, 3rd floor"])} if g.r.random() < 0.3 else {})}

    riders = []

    def rider(g, i):
        city = g.pick(RIDE_CITIES)
        p = city_person(g, city)
        riders.append(city)
        home = place(g, city, "Home")
        work = g.some(0.55, place(g, city, g.pick(["Work", "Office", "Gym", "Mum's"])))
        phone = g.phone(city[1])
        return [i, g.uuid(), p["first"], p["last"], g.email(p["first"], p["last"], country=city[1] if city[1] in DOMAINS else "US"), phone,
                json.dumps(home, ensure_ascii=False), json.dumps(work, ensure_ascii=False) if work else None,
                g.some(0.3, f"https://cdn.zipride.app/avatars/{g.hexs(24)}.jpg"), round(g.r.uniform(3.9, 5.0), 2),
                g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 8), g.ip(0.25), city[0],
                g.pick(["en-US", "en-GB", "es-MX", "en-NG", "en-IN", "hi-IN", "yo-NG"]), g.ts(2018, 2025), g.some(0.03, g.ts(2024, 2025))]

    drivers = []

    def dvla(g, p, birth):
        sur = (fold(p["last"]).upper().replace(" ", "").replace("'", "") + "99999")[:5]
        y, m, d = birth.split("-")
        mm = int(m) + (50 if p["gender"] == "F" else 0)
        return f"{sur}{y[2]}{mm:02d}{d}{y[3]}{fold(p['first'])[0].upper()}9{g.digits(1)}{g.chars(UPPER, 2)}"

    def driver(g, i):
        city = g.pick(RIDE_CITIES)
        drivers.append(city)
        p = city_person(g, city)
        birth = g.date(1960, 2003)
        code, cc = city[0], city[1]
        lic = {"nyc": f"{g.digits(3)} {g.digits(3)} {g.digits(3)}", "sf": g.pattern("Lddddddd"), "lon": dvla(g, p, birth),
               "cdmx": g.pattern("Ldddddddd"), "lagos": g.pattern("LLLddddddLLdd"), "blr": f"KA{g.digits(2)} {g.r.randint(2005, 2024)}{g.digits(7)}"}[code]
        tax = {"US": ssn(g), "GB": f"{g.pick('ABCEGHJKLMNOPRSTWXYZ')}{g.pick('ABCEGHJKLMNPRSTWXYZ')} {g.digits(2)} {g.digits(2)} {g.digits(2)} {g.pick('ABCD')}",
               "MX": f"{fold(p['last'])[:2].upper()}{fold(p['first'])[0].upper()}X{birth[2:4]}{birth[5:7]}{birth[8:10]}{g.chars(UPPER + '0123456789', 3)}",
               "NG": g.digits(11), "IN": f"{g.chars(UPPER, 3)}P{fold(p['last'])[0].upper()}{g.digits(4)}{g.pick(UPPER)}"}[cc]
        payout = {"US": g.digits(g.r.randint(9, 12)), "GB": f"{g.digits(2)}-{g.digits(2)}-{g.digits(2)} {g.digits(8)}", "MX": clabe(g),
                  "NG": g.digits(10), "IN": f"{g.pick(['HDFC', 'ICIC', 'SBIN', 'UTIB'])}0{g.digits(6)}:{g.digits(g.r.randint(11, 14))}"}[cc]
        make, model = g.pick(CARS)
        home = place(g, city, "Home")
        return [i, g.uuid(), p["first"], p["last"], g.phone(cc), g.email(p["first"], p["last"], country=cc if cc in DOMAINS else "US"), birth,
                lic, city[5] or cc, g.date(2025, 2031), tax, g.pattern(PLATE[code]), make, model,
                g.pick(["White", "Black", "Silver", "Grey", "Blue", "Red"]), g.r.randint(2012, 2024), vin(g), payout,
                home["lat"], home["lng"], round(city[3] + g.r.uniform(-0.1, 0.1), 6), round(city[4] + g.r.uniform(-0.1, 0.1), 6),
                g.pick(["active", "active", "offline", "suspended", "onboarding"]), round(g.r.uniform(4.2, 5.0), 2),
                g.pick(["clear", "clear", "clear", "consider", "pending"]), f"https://cdn.zipride.app/drivers/{g.uuid()}/profile.jpg",
                g.ts(2017, 2025)]

    def payment_method(g, i):
        rid = g.r.randint(1, n_riders)
        city = riders[rid - 1]
        p = city_person(g, city)
        return [i, rid, g.pick(["visa", "mastercard", "amex", "rupay", "verve"]), g.digits(4), g.r.randint(1, 12), g.r.randint(2025, 2031),
                g.chars(ALNUM, 16), g.some(0.6, {"US": g.digits(5), "GB": g.pattern("SWd dLL"), "MX": g.pattern("0dddd"), "NG": None, "IN": g.pattern("5600dd")}[city[1]]),
                g.some(0.7, f"{p['first']} {p['last']}".upper() if g.r.random() < 0.5 else f"{p['first']} {p['last']}"), g.pick([0, 1]), g.ts(2019, 2025)]

    def device(g, i):
        is_driver = g.r.random() < 0.35
        ios = g.r.random() < 0.45
        token = g.hexs(64) if ios else f"{g.chars(ALNUM + '-_', 22)}:APA91b{g.chars(ALNUM + '-_', 134)}"
        return [i, None if is_driver else g.r.randint(1, n_riders), g.r.randint(1, n_drivers) if is_driver else None, "ios" if ios else "android",
                g.pick(["17.4.1", "16.7.2", "17.1"]) if ios else g.pick(["14", "13", "12", "11"]), g.pick(["5.12.0", "5.11.3", "5.9.1"]),
                g.pick(["iPhone15,2", "iPhone14,5", "iPhone12,1"]) if ios else g.pick(["SM-A546B", "Pixel 7", "Redmi Note 12", "TECNO KI5q", "itel A70"]),
                None if ios else g.some(0.6, imei(g)), None if ios else g.some(0.5, g.mac()), g.uuid().upper() if ios else g.uuid(), token,
                g.ip(0.3), g.ts(2024, 2025), g.ts(2019, 2025)]

    NOTES = ["I'm at the side entrance by the pharmacy.", "Please call when you arrive, intercom is broken.",
             "Wheelchair user, need help with the folding chair.", "Travelling with a small dog in a carrier.",
             "My number changed, reach me on {phone}.", "Pick up my daughter {first}, she's 15, I'm paying.",
             "Going to the hospital for chemo, please drive gently.", "Blue jacket, standing at the bus stop.",
             "Gate code 2580, house at the end on the left."]

    def trip(g, i):
        rid = g.r.randint(1, n_riders)
        city = riders[rid - 1]
        a, b = place(g, city, "pickup"), place(g, city, "dropoff")
        pts = [(a["lat"], a["lng"])]
        for k in range(1, g.r.randint(3, 8)):
            t = k / 8
            pts.append((a["lat"] + (b["lat"] - a["lat"]) * t + g.r.uniform(-0.003, 0.003), a["lng"] + (b["lng"] - a["lng"]) * t + g.r.uniform(-0.003, 0.003)))
        pts.append((b["lat"], b["lng"]))
        status = g.pick(["completed", "completed", "completed", "rider_canceled", "driver_canceled", "no_drivers"])
        p = city_person(g, city)
        note = g.some(0.18, g.pick(NOTES).format(phone=g.phone(city[1]), first=p["first"]))
        return [i, g.uuid(), rid, g.r.randint(1, n_drivers) if status != "no_drivers" else None, g.pick(["standard", "xl", "comfort", "moto", "green"]), status,
                g.ts(2023, 2025), a["lat"], a["lng"], b["lat"], b["lng"], a["formatted"], b["formatted"], polyline(pts),
                round(g.r.uniform(0.8, 28), 2), g.r.randint(240, 4200), round(g.r.uniform(4, 80), 2),
                {"US": "USD", "GB": "GBP", "MX": "MXN", "NG": "NGN", "IN": "INR"}[city[1]], round(g.r.choice([0, 0, 1, 2, 5]) * 1.0, 2), note,
                g.some(0.7, g.r.randint(1, 5)), g.some(0.8, g.r.randint(3, 5)),
                g.pick(["rider_changed_mind", "driver_too_far", "wrong_pickup", None]) if "canceled" in status else None]

    def ping(g, i):
        did = g.r.randint(1, n_drivers)
        city = drivers[did - 1]
        return [i, did, g.some(0.6, g.r.randint(1, n_trips)), g.ts(2024, 2025), round(city[3] + g.r.uniform(-0.12, 0.12), 6),
                round(city[4] + g.r.uniform(-0.15, 0.15), 6), round(g.r.uniform(3, 40), 1), round(g.r.uniform(0, 80), 1), g.r.randint(0, 359)]

    def delivery(g, i):
        rid = g.r.randint(1, n_riders)
        city = riders[rid - 1]
        to = place(g, city, "dropoff")
        p = city_person(g, city)
        other = g.r.random() < 0.2
        return [i, rid, g.some(0.8, g.r.randint(1, n_trips)),
                g.pick(["Joe's Pizza", "Dishoom", "Taquería El Güero", "Chicken Republic", "Meghana Foods", "Sushi Ran", "Mama Cass", "Burrito Loco"]),
                f"{p['first']} {p['last']}" if other else None, g.phone(city[1]) if other or g.r.random() < 0.5 else None,
                f"POINT({to['lng']} {to['lat']})", to["formatted"],
                g.some(0.4, g.pick(["Leave at the door, baby sleeping - don't knock!", "Call on arrival, flat 7 on the 2nd floor.",
                                    f"Hand it to {p['first']} at reception.", "No contact please, I'm self-isolating.", "Back door, beware of the dog."])),
                round(g.r.uniform(6, 70), 2), g.ts(2023, 2025)]

    tables = [
        Table("riders", n_riders, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("uuid", "TEXT NOT NULL UNIQUE", "-"), ("first_name", "TEXT", "first_name"),
            ("last_name", "TEXT", "last_name"), ("email", "TEXT", "email"), ("phone_number", "TEXT", "phone"), ("home_address", "JSON", "other"),
            ("work_address", "JSON", "other"), ("photo_url", "TEXT", "url"), ("rating", "REAL", "-"), ("referral_code", "TEXT", "-"),
            ("signup_ip", "TEXT", "ip_address"), ("market", "TEXT", "-"), ("locale", "TEXT", "-"), ("created_at", "TEXT", "-"),
            ("deleted_at", "TEXT", "-")], rider),
        Table("drivers", n_drivers, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("uuid", "TEXT NOT NULL UNIQUE", "-"), ("first_name", "TEXT", "first_name"),
            ("last_name", "TEXT", "last_name"), ("phone", "TEXT", "phone"), ("email", "TEXT", "email"), ("dob", "DATE", "date_of_birth"),
            ("license_number", "TEXT", "national_id"), ("license_state", "TEXT", "-"), ("license_expiry", "DATE", "-"), ("tax_id", "TEXT", "national_id"),
            ("vehicle_plate", "TEXT", "other"), ("vehicle_make", "TEXT", "-"), ("vehicle_model", "TEXT", "-"), ("vehicle_color", "TEXT", "-"),
            ("vehicle_year", "INTEGER", "-"), ("vin", "TEXT", "other"), ("payout_account", "TEXT", "account_number"),
            ("home_lat", "REAL", "other"), ("home_lng", "REAL", "other"), ("last_lat", "REAL", "other"), ("last_lng", "REAL", "other"),
            ("status", "TEXT", "-"), ("rating", "REAL", "-"), ("background_check", "TEXT", "-"), ("profile_photo_url", "TEXT", "url"),
            ("onboarded_at", "TEXT", "-")], driver),
        Table("payment_methods", 420, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("rider_id", "INTEGER NOT NULL REFERENCES riders(id)", "fk"), ("brand", "TEXT", "-"),
            ("last4", "TEXT", "-"), ("exp_month", "INTEGER", "-"), ("exp_year", "INTEGER", "-"), ("fingerprint", "TEXT", "-"),
            ("billing_zip", "TEXT", "postcode"), ("cardholder_name", "TEXT", "name"), ("is_default", "INTEGER", "-"), ("created_at", "TEXT", "-")],
            payment_method),
        Table("devices", n_devices, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("rider_id", "INTEGER REFERENCES riders(id)", "fk"), ("driver_id", "INTEGER REFERENCES drivers(id)", "fk"),
            ("platform", "TEXT", "-"), ("os_version", "TEXT", "-"), ("app_version", "TEXT", "-"), ("model", "TEXT", "-"), ("imei", "TEXT", "other"),
            ("wifi_mac", "TEXT", "other"), ("advertising_id", "TEXT", "other"), ("push_token", "TEXT", "other"), ("last_ip", "TEXT", "ip_address"),
            ("last_seen_at", "TEXT", "-"), ("created_at", "TEXT", "-")], device),
        Table("trips", n_trips, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("uuid", "TEXT NOT NULL", "-"), ("rider_id", "INTEGER REFERENCES riders(id)", "fk"),
            ("driver_id", "INTEGER REFERENCES drivers(id)", "fk"), ("product", "TEXT", "-"), ("status", "TEXT", "-"), ("requested_at", "TEXT", "-"),
            ("pickup_lat", "REAL", "other"), ("pickup_lng", "REAL", "other"), ("dropoff_lat", "REAL", "other"), ("dropoff_lng", "REAL", "other"),
            ("pickup_address", "TEXT", "street_address"), ("dropoff_address", "TEXT", "street_address"), ("route_polyline", "TEXT", "other"),
            ("distance_km", "REAL", "-"), ("duration_s", "INTEGER", "-"), ("fare", "REAL", "-"), ("currency", "TEXT", "-"), ("tip", "REAL", "-"),
            ("rider_note", "TEXT", "free_text"), ("rating_by_rider", "INTEGER", "-"), ("rating_by_driver", "INTEGER", "-"),
            ("cancel_reason", "TEXT", "-")], trip),
        Table("location_pings", 2400, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("driver_id", "INTEGER NOT NULL REFERENCES drivers(id)", "fk"),
            ("trip_id", "INTEGER REFERENCES trips(id)", "fk"), ("recorded_at", "TEXT", "-"), ("lat", "REAL", "other"), ("lng", "REAL", "other"),
            ("accuracy_m", "REAL", "-"), ("speed_kmh", "REAL", "-"), ("bearing", "INTEGER", "-")], ping),
        Table("delivery_orders", 420, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("rider_id", "INTEGER REFERENCES riders(id)", "fk"), ("trip_id", "INTEGER REFERENCES trips(id)", "fk"),
            ("restaurant", "TEXT", "-"), ("recipient_name", "TEXT", "name"), ("recipient_phone", "TEXT", "phone"), ("dropoff_point", "TEXT", "other"),
            ("dropoff_address", "TEXT", "street_address"), ("dropoff_instructions", "TEXT", "free_text"), ("subtotal", "REAL", "-"),
            ("placed_at", "TEXT", "-")], delivery),
        Table("support_tickets", 0, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("trip_id", "INTEGER REFERENCES trips(id)", "fk"), ("rider_id", "INTEGER REFERENCES riders(id)", "fk"),
            ("contact_email", "TEXT", "email"), ("subject", "TEXT", "free_text"), ("body", "TEXT", "free_text"), ("created_at", "TEXT", "-")], None),
    ]
    return "ride_app", tables, g

# ========================================================================================================
# 6. fedi_social: a Mastodon instance (accounts local and remote, users, statuses, user_ips, ip_blocks,
#    reports, web push subscriptions); Mastodon's own column names plus a denormalised `acct`.
# ========================================================================================================
LOCAL = "toot.lakeside.social"
REMOTE = ["mastodon.social", "hachyderm.io", "fosstodon.org", "chaos.social", "mstdn.jp", "infosec.exchange", "mastodon.art",
          "det.social", "mas.to", "aus.social", "mastodon.ie", "sigmoid.social"]
BIOS = ["Birder, cyclist, occasional baker. She/her.", "Rust and Postgres at work, sourdough at home.",
        "Nurse in Rotterdam. Opinions my own.", "PhD student in computational linguistics @ {uni}.", "Dad of two, coffee snob, #TTRPG nerd.",
        "Photographer based in {city}. Prints on my website.", "Retired teacher. Gardening, chess, jazz.", "Just here for the cat pictures.",
        "Accessibility advocate. Blind, screen-reader user. DMs open.", "Queer, trans, tired. 🏳️‍⚧️", "Writing a novel about lighthouses.",
        "Union organiser. Signal on request.", "Mum, midwife, marathoner.", "Bot that posts the tide times for Dún Laoghaire."]
POSTS = ["Finally fixed the bike. Took three YouTube videos and one skinned knuckle.", "Anyone know a good dentist near {city}? Mine retired.",
         "The #sourdough is alive! Day 6 and it smells like bananas.", "Hot take: tabs are fine.", "Our daughter took her first steps today 🥹",
         "Spotted a kingfisher on the canal this morning! #birds", "Reminder: back up your files. Yes, you.",
         "Moving to {city} next month, any tips for neighbourhoods?", "Just got diagnosed with long covid. Going to be posting less for a while.",
         "If anyone wants to reach me outside here: {email}", "New blog post about Postgres partitioning: https://{domain}/posts/partitions",
         "Happy birthday to me, 40 today.", "Train cancelled again. Walking home in the rain.", "@{mention} thank you so much for the recommendation!"]
CW = ["mental health", "food", "politics", "US politics", "eye contact", "long post", "medical", "spoilers for Dune", "death mention", "alcohol"]


def fedi_social():
    g = Gen(1_099_511)
    n_acc, n_users, n_status = 460, 270, 1600
    accounts = []
    base = 109300000000000000

    def pem(g, kind, n):
        body = g.chars(B64, n)
        lines = "\n".join(body[k:k + 64] for k in range(0, len(body), 64))
        return f"-----BEGIN {kind}-----\n{lines}\n-----END {kind}-----\n"

    def account(g, i):
        local = i <= n_users
        domain = None if local else g.pick(REMOTE)
        p = g.world_person()
        uname = g.pick([g.login(p["first"], p["last"]), fold(p["first"]).lower(), f"{fold(p['first']).lower()}_{fold(p['last']).lower().replace(' ', '')}",
                        f"{fold(p['last']).lower().replace(' ', '')}{g.r.randint(1, 99)}"]).replace(".", "_").replace("'", "")
        host = domain or LOCAL
        accounts.append(dict(p, username=uname, host=host))
        display = g.pick([f"{p['first']} {p['last']}", p["first"], f"{p['first']} {p['last'][0]}.", f"{p['first']} 🌻", uname, "",
                          f"Dr. {p['first']} {p['last']}", f"{p['first']} {p['last']} (they/them)"])
        bio = g.pick(BIOS).format(uni=g.pick(["TU Delft", "Univ. of Edinburgh", "UCLouvain"]), city=g.pick(["Leeds", "Utrecht", "Portland", "Osaka"]))
        note = f"<p>{bio}</p>" if domain else bio
        fields = [{"name": "Pronouns", "value": g.pick(["she/her", "he/him", "they/them"])}] if g.r.random() < 0.5 else []
        if g.r.random() < 0.5:
            site = f"https://{uname.replace('_', '')}.{g.pick(['dev', 'net', 'blog', 'me'])}"
            fields.append({"name": "Website", "value": f'<a href="{site}" rel="nofollow noopener me" target="_blank">{site[8:]}</a>', "verified_at": g.some(0.5, g.ts(2022, 2025, "T") + "Z")})
        if g.r.random() < 0.3:
            fields.append({"name": "Location", "value": g.pick(["Leeds, UK", "Utrecht", "Portland, OR", "Osaka", "somewhere in Bavaria", "Lagos"])})
        if g.r.random() < 0.15:
            fields.append({"name": "Matrix", "value": f"@{uname}:matrix.org"})
        created = g.ts(2016, 2025)
        return [base + i * 7919, uname, domain, f"{uname}@{host}", display, note,
                f"https://{host}/users/{uname}", f"https://{host}/@{uname}",
                None if local else g.some(0.85, f"https://files.{host}/accounts/avatars/{g.digits(3)}/{g.digits(3)}/{g.digits(3)}/original/{g.hexs(16)}.png"),
                "" if local else g.some(0.6, f"https://files.{host}/accounts/headers/{g.digits(3)}/{g.digits(3)}/{g.digits(3)}/original/{g.hexs(16)}.jpeg") or "",
                f"https://{host}/users/{uname}/inbox", None if local else f"https://{host}/inbox", f"https://{host}/users/{uname}/followers",
                g.pick([0, 0, 0, 1]), g.pick([1, 1, 0]), g.pick(["Person"] * 12 + ["Service", "Group"]), json.dumps(fields, ensure_ascii=False),
                pem(g, "PUBLIC KEY", 392), pem(g, "RSA PRIVATE KEY", 1560) if local else "", created, g.ts(2024, 2025),
                g.some(0.02, g.ts(2023, 2025)), g.some(0.03, g.ts(2023, 2025)), 0, None if local else g.some(0.8, g.ts(2024, 2025))]

    REASONS = ["I live by the lake and a friend told me about this server.", "Leaving Twitter, I'm a local journalist.",
               "Want to follow the cycling club.", "I run the bakery on Harbour St, want to post our specials.",
               "Please let me in, my old account was on a server that shut down (@{u}@mastodon.xyz).", ""]

    def user(g, i):
        a = accounts[i - 1]
        return [i, base + i * 7919, g.email(a["first"], a["last"]), "$2a$10$" + g.chars(ITOA64, 53),
                g.some(0.03, g.hexs(20)), g.r.randint(0, 900), g.ts(2024, 2025), g.ts(2023, 2025), g.ts(2016, 2025),
                g.pick(["en", "en", "de", "nl", "fr", "ja", ""]), g.some(0.15, g.chars(UPPER + "234567", 32)), g.pick([0, 0, 0, 1]),
                g.pick([1, 1, 1, 0]), g.some(0.5, g.pick(REASONS).format(u=a["username"])),
                g.some(0.3, "{" + ",".join(g.r.sample(["en", "de", "nl", "fr", "ja", "es"], g.r.randint(1, 3))) + "}"),
                g.ip(0.3), g.ts(2016, 2025), g.pick([0, 0, 0, 0, 1])]

    status_ids = []

    def status(g, i):
        aid = g.r.randint(1, n_acc)
        a = accounts[aid - 1]
        sid = base + 1_000_000 + i * 104729
        status_ids.append(sid)
        other = accounts[g.r.randint(1, n_acc) - 1]
        body = g.pick(POSTS).format(city=g.pick(["Leeds", "Utrecht", "Berlin", "Portland"]), email=g.email(a["first"], a["last"]),
                                    domain=f"{a['username'].replace('_', '')}.dev", mention=f"{other['username']}@{other['host']}")
        remote = a["host"] != LOCAL
        text = f"<p>{body}</p>" if remote else body
        reply = g.some(0.2, g.pick(status_ids[:-1])) if len(status_ids) > 1 else None
        reblog = g.some(0.1, g.pick(status_ids[:-1])) if len(status_ids) > 1 and not reply else None
        if reblog:
            text = ""
        return [sid, f"https://{a['host']}/users/{a['username']}/statuses/{sid}", f"https://{a['host']}/@{a['username']}/{sid}", text,
                g.some(0.12, g.pick(CW)) or "", base + aid * 7919, reply, reblog, base + g.r.randint(1, n_acc) * 7919 if reply else None,
                g.pick([0, 0, 0, 1, 2, 3]), g.pick(["en", "en", "en", "de", "nl", "ja", None]), g.pick([0, 0, 0, 1]), 0 if remote else 1,
                g.ts(2022, 2025), g.some(0.05, g.ts(2024, 2025)), g.some(0.02, g.ts(2024, 2025))]

    def user_ip(g, i):
        return [g.r.randint(1, n_users), g.ip(0.3), g.ts(2024, 2025)]

    def ip_block(g, i):
        ip = g.pick([g.ipv4(), g.ipv4(), g.ipv4() + "/32", ".".join(g.ipv4().split(".")[:3]) + ".0/24", g.ipv6() + "/64"])
        return [i, ip, g.pick([1000, 5000, 9999]),
                g.some(0.7, g.pick(["spam wave, 40 accounts in an hour", "ban evasion by @{u}", "harassment of a member, see report #{n}",
                                    "Tor exit node", "sign-up bot", "same person as the suspended account {u}, confirmed by email"]).format(
                    u=accounts[g.r.randint(1, n_acc) - 1]["username"], n=g.r.randint(1, 260))) or "",
                g.some(0.5, g.ts(2025, 2026)), g.ts(2022, 2025), g.ts(2022, 2025)]

    def report(g, i):
        tgt = g.r.randint(1, n_acc)
        return [i, base + g.r.randint(1, n_acc) * 7919, base + tgt * 7919,
                g.pick(["", "Keeps replying to me after I blocked him on another account.", "Spam links to a crypto site.",
                        "This person is posting my home address and photos of my house.", "Impersonating me, I'm the real {n}.",
                        "Racist replies under every post of mine.", "Looks like a minor posting NSFW content."]).format(n=accounts[tgt - 1]["first"]),
                g.pick(["spam", "violation", "legal", "other"]),
                "{" + ",".join(str(g.pick(status_ids)) for _ in range(g.r.randint(0, 3))) + "}", g.some(0.6, g.ts(2023, 2025)),
                g.pick([0, 0, 1]), g.ts(2022, 2025)]

    def push(g, i):
        ep = g.pick([f"https://fcm.googleapis.com/fcm/send/{g.chars(ALNUM + '-_', 22)}:APA91b{g.chars(ALNUM + '-_', 120)}",
                     f"https://updates.push.services.mozilla.com/wpush/v2/{g.chars(ALNUM + '-_', 140)}",
                     f"https://web.push.apple.com/{g.chars(ALNUM + '-_', 100)}"])
        data = {"alerts": {k: g.pick([True, False]) for k in ("follow", "favourite", "reblog", "mention", "poll")}, "policy": g.pick(["all", "followed"])}
        return [i, ep, "B" + g.chars(ALNUM + "-_", 86), g.chars(ALNUM + "-_", 22), json.dumps(data), g.r.randint(1, n_users), g.ts(2022, 2025)]

    tables = [
        Table("accounts", n_acc, [
            ("id", "BIGINT PRIMARY KEY", "-"), ("username", "VARCHAR NOT NULL DEFAULT ''", "username"), ("domain", "VARCHAR", "-"),
            ("acct", "VARCHAR", "username"), ("display_name", "VARCHAR NOT NULL DEFAULT ''", "name"), ("note", "TEXT NOT NULL DEFAULT ''", "free_text"),
            ("uri", "VARCHAR NOT NULL DEFAULT ''", "url"), ("url", "VARCHAR", "url"), ("avatar_remote_url", "VARCHAR", "url"),
            ("header_remote_url", "VARCHAR NOT NULL DEFAULT ''", "url"), ("inbox_url", "VARCHAR NOT NULL DEFAULT ''", "url"),
            ("shared_inbox_url", "VARCHAR", "-"), ("followers_url", "VARCHAR NOT NULL DEFAULT ''", "url"), ("locked", "BOOLEAN NOT NULL DEFAULT 0", "-"),
            ("discoverable", "BOOLEAN", "-"), ("actor_type", "VARCHAR", "-"), ("fields", "JSONB", "other"), ("public_key", "TEXT NOT NULL DEFAULT ''", "-"),
            ("private_key", "TEXT", "other"), ("created_at", "TIMESTAMP NOT NULL", "-"), ("updated_at", "TIMESTAMP NOT NULL", "-"),
            ("suspended_at", "TIMESTAMP", "-"), ("silenced_at", "TIMESTAMP", "-"), ("memorial", "BOOLEAN NOT NULL DEFAULT 0", "-"),
            ("last_webfingered_at", "TIMESTAMP", "-")], account),
        Table("users", n_users, [
            ("id", "BIGINT PRIMARY KEY", "-"), ("account_id", "BIGINT NOT NULL REFERENCES accounts(id)", "fk"),
            ("email", "VARCHAR NOT NULL DEFAULT ''", "email"), ("encrypted_password", "VARCHAR NOT NULL DEFAULT ''", "other"),
            ("reset_password_token", "VARCHAR", "other"), ("sign_in_count", "INTEGER NOT NULL DEFAULT 0", "-"),
            ("current_sign_in_at", "TIMESTAMP", "-"), ("last_sign_in_at", "TIMESTAMP", "-"), ("confirmed_at", "TIMESTAMP", "-"),
            ("locale", "VARCHAR", "-"), ("otp_secret", "VARCHAR", "other"), ("otp_required_for_login", "BOOLEAN NOT NULL DEFAULT 0", "-"),
            ("approved", "BOOLEAN NOT NULL DEFAULT 1", "-"), ("reason", "TEXT", "free_text"), ("chosen_languages", "VARCHAR[]", "-"),
            ("sign_up_ip", "INET", "ip_address"), ("created_at", "TIMESTAMP NOT NULL", "-"), ("disabled", "BOOLEAN NOT NULL DEFAULT 0", "-")], user),
        Table("statuses", n_status, [
            ("id", "BIGINT PRIMARY KEY", "-"), ("uri", "VARCHAR", "url"), ("url", "VARCHAR", "url"), ("text", "TEXT NOT NULL DEFAULT ''", "free_text"),
            ("spoiler_text", "TEXT NOT NULL DEFAULT ''", "free_text"), ("account_id", "BIGINT NOT NULL REFERENCES accounts(id)", "fk"),
            ("in_reply_to_id", "BIGINT REFERENCES statuses(id)", "fk"), ("reblog_of_id", "BIGINT REFERENCES statuses(id)", "fk"),
            ("in_reply_to_account_id", "BIGINT REFERENCES accounts(id)", "fk"), ("visibility", "INTEGER NOT NULL DEFAULT 0", "-"),
            ("language", "VARCHAR", "-"), ("sensitive", "BOOLEAN NOT NULL DEFAULT 0", "-"), ("local", "BOOLEAN", "-"),
            ("created_at", "TIMESTAMP NOT NULL", "-"), ("edited_at", "TIMESTAMP", "-"), ("deleted_at", "TIMESTAMP", "-")], status),
        Table("user_ips", 720, [
            ("user_id", "BIGINT REFERENCES users(id)", "fk"), ("ip", "INET", "ip_address"), ("last_seen", "TIMESTAMP", "-")], user_ip),
        Table("ip_blocks", 240, [
            ("id", "BIGINT PRIMARY KEY", "-"), ("ip", "INET NOT NULL DEFAULT '0.0.0.0'", "ip_address"), ("severity", "INTEGER NOT NULL", "-"),
            ("comment", "TEXT NOT NULL DEFAULT ''", "free_text"), ("expires_at", "TIMESTAMP", "-"), ("created_at", "TIMESTAMP NOT NULL", "-"),
            ("updated_at", "TIMESTAMP NOT NULL", "-")], ip_block),
        Table("reports", 260, [
            ("id", "BIGINT PRIMARY KEY", "-"), ("account_id", "BIGINT NOT NULL REFERENCES accounts(id)", "fk"),
            ("target_account_id", "BIGINT NOT NULL REFERENCES accounts(id)", "fk"), ("comment", "TEXT NOT NULL DEFAULT ''", "free_text"),
            ("category", "VARCHAR", "-"), ("status_ids", "BIGINT[] NOT NULL DEFAULT '{}'", "-"), ("action_taken_at", "TIMESTAMP", "-"),
            ("forwarded", "BOOLEAN", "-"), ("created_at", "TIMESTAMP NOT NULL", "-")], report),
        Table("web_push_subscriptions", 280, [
            ("id", "BIGINT PRIMARY KEY", "-"), ("endpoint", "VARCHAR NOT NULL", "other"), ("key_p256dh", "VARCHAR NOT NULL", "-"),
            ("key_auth", "VARCHAR NOT NULL", "other"), ("data", "JSON", "-"), ("user_id", "BIGINT REFERENCES users(id)", "fk"),
            ("created_at", "TIMESTAMP NOT NULL", "-")], push),
        Table("account_notes", 0, [
            ("id", "BIGINT PRIMARY KEY", "-"), ("account_id", "BIGINT REFERENCES accounts(id)", "fk"),
            ("target_account_id", "BIGINT REFERENCES accounts(id)", "fk"), ("comment", "TEXT NOT NULL", "free_text"),
            ("created_at", "TIMESTAMP NOT NULL", "-")], None),
    ]
    return "fedi_social", tables, g


def main():
    os.makedirs(os.path.join(HERE, "corpus"), exist_ok=True)
    labels = []
    for build in (wp_shop, odoo_erp, kommun_se, scuola_it, ride_app, fedi_social):
        db, tables, g = build()
        write_db(db, tables, g, labels)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# database\ttable\tcolumn\tkind   (kind: a PIIKind, - for not personal, fk for a foreign key; see ../README.md and README.md)\n")
        for row in labels:
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
