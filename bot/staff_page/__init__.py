"""The staff web page: school staff try the bot in a browser (`python -m bot staff`).

- `settings.py`: STAFF_HOST, STAFF_PORT, STAFF_ACCESS_CODE, validated at start-up.
- `assessment_words.py`: an assessment in plain words, in the page's language (pure).
- `trying.py`: one message, its reply, and the same reply in the other language (pure).
- `upload.py`: a CSV upload or pasted lines -> list items, with clear errors naming the line (pure).
- `report.py`: results -> rows, a summary and a CSV (pure); `charts.py`: the summary's charts.
- `security.py`: security headers, CSRF tokens, the access code.
- `app.py`: the aiohttp application, its routes and its start-up.

Nothing typed or uploaded is stored or logged: it lives in the request and the response only.
"""
