"""The demo's advisory board: present members and those whose terms have ended."""

# name, organisation, sector, role, term started this many days ago
BOARD_MEMBERS = [
    ("Birthe Vestergaard", "KL – Kommunernes Landsforening", "municipality", "chair", 200),
    ("Jens Kragh", "Jordemoderforeningen", "civil_society", "member", 650),
    ("Marie Falk", "Dansk Sygeplejeråd", "civil_society", "member", 300),
    ("Ole Sand", "Region Midtjylland", "region", "member", 120),
    ("Lene Borup", "VIA University College", "research", "member", 400),
    ("Peter Hauge", "Lokal erhvervsforening", "business", "member", 30),
    ("Grete Nørgaard", "KL – Kommunernes Landsforening", "municipality", "chair", 935),
    ("Hans Ebbesen", "Region Midtjylland", "region", "member", 900),
    ("Fonden for Socialt Ansvar", "Fonden for Socialt Ansvar", "foundation", "member", 1500),
]
