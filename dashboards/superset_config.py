"""Superset 6.1.0 configuration for Dozor (loaded through SUPERSET_CONFIG_PATH).

Everything that differs between machines comes from the environment:
  DOZOR_SUPERSET_HOME   metadata DB, secret key file, logs (default: $PWD/.dozor/superset)
  SUPERSET_SECRET_KEY   signs sessions and encrypts stored DB passwords; when unset the key
                        that deploy.sh generated into $DOZOR_SUPERSET_HOME/secret_key is used.
The connection to the platform's PostgreSQL is not configured here: it lives in the
"Dozor" database object that deploy.sh imports from assets/databases/dozor.yaml.
"""

import os
from pathlib import Path

DOZOR_HOME = Path(
    os.environ.get("DOZOR_SUPERSET_HOME") or Path.cwd() / ".dozor" / "superset"
).resolve()
DATA_DIR = str(DOZOR_HOME)


def _secret_key() -> str:
    key = os.environ.get("SUPERSET_SECRET_KEY", "").strip()
    if key:
        return key
    key_file = DOZOR_HOME / "secret_key"
    if key_file.is_file():
        return key_file.read_text(encoding="utf-8").strip()
    # Superset would otherwise fall back to its public default key and refuse to start.
    raise RuntimeError(
        f"No SUPERSET_SECRET_KEY and no {key_file}: run dashboards/deploy.sh first"
    )


# The key also encrypts the stored PostgreSQL password: changing it makes the imported
# "Dozor" connection undecryptable, so it must stay the same for one metadata DB.
SECRET_KEY = _secret_key()

SQLALCHEMY_DATABASE_URI = f"sqlite:///{DOZOR_HOME / 'superset.db'}?check_same_thread=false"

# --- headless, no outside network -------------------------------------------------------
FEATURE_FLAGS: dict[str, bool] = {}
CACHE_CONFIG = {"CACHE_TYPE": "NullCache"}
RATELIMIT_STORAGE_URI = "memory://"
SHOW_STACKTRACE = False
MAPBOX_API_KEY = ""
# The browser bundle renders a usage pixel from a third-party host in the menu; the default
# CSP allows it (and Mapbox/OSM/Google Fonts). Allow only our own origin so nothing leaves.
TALISMAN_ENABLED = True
TALISMAN_CONFIG = {
    "content_security_policy": {
        "base-uri": ["'self'"],
        "default-src": ["'self'"],
        "img-src": ["'self'", "blob:", "data:"],
        "worker-src": ["'self'", "blob:"],
        "connect-src": ["'self'"],
        "object-src": "'none'",
        "style-src": ["'self'", "'unsafe-inline'"],
        "font-src": ["'self'", "data:"],
        "script-src": ["'self'", "'strict-dynamic'"],
    },
    "content_security_policy_nonce_in": ["script-src"],
    "force_https": False,
    "session_cookie_secure": False,
}
CONTENT_SECURITY_POLICY_WARNING = False

# --- CSRF --------------------------------------------------------------------------------
# Kept on. The API calls our scripts make do not need a token: /api/v1/security/login is a
# Flask-AppBuilder API (CSRF-exempt), GETs are never checked and POST /api/v1/chart/data is
# in Superset's default WTF_CSRF_EXEMPT_LIST. Other POST/PUT API calls need the token from
# GET /api/v1/security/csrf_token/ sent as X-CSRFToken together with the session cookie.
WTF_CSRF_ENABLED = True

# --- language and formats: Russian first, English available --------------------------------
BABEL_DEFAULT_LOCALE = "ru"
LANGUAGES = {
    "ru": {"flag": "ru", "name": "Русский"},
    "en": {"flag": "us", "name": "English"},
}
D3_FORMAT = {"decimal": ",", "thousands": "\u00a0", "grouping": [3], "currency": ["", "\u00a0BYN"]}
D3_TIME_FORMAT = {
    "dateTime": "%A, %e %B %Y г. %X",
    "date": "%d.%m.%Y",
    "time": "%H:%M:%S",
    "periods": ["", ""],
    "days": ["воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"],
    "shortDays": ["вс", "пн", "вт", "ср", "чт", "пт", "сб"],
    "months": ["январь", "февраль", "март", "апрель", "май", "июнь",
               "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
    "shortMonths": ["янв", "фев", "мар", "апр", "май", "июн",
                    "июл", "авг", "сен", "окт", "ноя", "дек"],
}
CURRENCIES = ["BYN", "RUB", "USD", "EUR"]
