"""The English names of the demo's themes (tags), by their Danish name."""

THEMES = {
    "amning": "breastfeeding",
    "evaluering": "evaluation",
    "fødsel": "birth",
    "fædre": "fathers",
    "gruppeforløb": "group courses",
    "hjemmebesøg": "home visits",
    "jura": "law",
    "kommunikation": "communication",
    "mental sundhed": "mental health",
    "netværk": "networks",
    "parforhold": "relationships",
    "rekruttering": "recruitment",
    "sang": "singing",
    "sprog": "language",
    "sundhedspleje": "health visiting",
    "sårbarhed": "vulnerability",
    "søvn": "sleep",
    "tilknytning": "attachment",
    "trivsel": "well-being",
    "økonomi": "money",
}
