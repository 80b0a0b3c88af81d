#!/usr/bin/env python3
"""Writes FEEDS RSS 2.0 files of ENTRIES entries each, with full text in content:encoded, and an OPML file that
subscribes to all of them at BASE_URL. Every entry is a different short news story (own words, varied by feed and
entry), so none is a duplicate of another. Usage: make_feeds.py OUT_DIR BASE_URL [FEEDS] [ENTRIES]"""
import os, sys
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

out, base = sys.argv[1], sys.argv[2].rstrip("/")
feeds = int(sys.argv[3]) if len(sys.argv) > 3 else 200
entries = int(sys.argv[4]) if len(sys.argv) > 4 else 50
places = ["Bandung", "Medan", "Makassar", "Surabaya", "Denpasar", "Padang", "Pontianak", "Manado", "Kupang", "Jayapura"]
given = ["Rina", "Budi", "Sari", "Agus", "Dewi", "Hendra", "Wulan", "Yusuf", "Maya", "Teguh"]
family = ["Wijaya", "Santoso", "Lestari", "Pratama", "Kusuma", "Hidayat", "Siregar", "Nasution", "Saputra", "Permana"]
roles = ["Kepala Dinas Perhubungan", "Wali Kota", "Direktur Utama PDAM", "Kepala BPBD", "Ketua DPRD"]
start = datetime(2025, 8, 1, 7, 0, tzinfo=timezone(timedelta(hours=7)))
os.makedirs(out, exist_ok=True)
outlines = []
for f in range(feeds):
    items = []
    for e in range(entries):
        n = f * entries + e
        place = places[n % len(places)]
        person = f"{given[(n // 10) % 10]} {family[n % 10]}"
        role = roles[(n // 3) % len(roles)]
        when = start + timedelta(minutes=37 * n)
        body = (
            f"<p>{place} - Layanan bus kota nomor {n} di {place} kembali berjalan normal pada hari ke-{e + 1} setelah perbaikan "
            f"jalur yang memakan waktu {e % 9 + 2} hari, kata pengelola.</p>"
            f"<p>\"Kami meminta warga {place} bersabar karena jadwal baru berlaku untuk rute {n},\" kata {role} {place} {person}.</p>"
            f"<p>{person.split()[0]} menambahkan, armada tambahan disiapkan untuk rute {n} hingga akhir bulan. "
            f"\"Penumpang rute {n} tidak perlu membayar lebih,\" ujarnya.</p>"
            f"<p>Pengelola mencatat {1000 + n * 7} penumpang pada hari pertama layanan rute {n} dibuka kembali.</p>"
        )
        items.append(f"""<item><title>Bus rute {n} di {place} kembali normal</title>
<link>{base}/feed-{f:03}/entry-{e:02}.html</link><guid isPermaLink="false">feed-{f:03}-entry-{e:02}</guid>
<pubDate>{format_datetime(when)}</pubDate><description>{escape(f"Bus rute {n} kembali berjalan.")}</description>
<content:encoded>{escape(body)}</content:encoded></item>""")
    name = f"feed-{f:03}.xml"
    with open(os.path.join(out, name), "w", encoding="utf-8") as w:
        w.write(f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Kabar Kota {f:03}</title><link>{base}/</link><description>Berita kota {f:03}</description>
{chr(10).join(items)}
</channel></rss>
""")
    outlines.append(f'<outline type="rss" text="Kabar Kota {f:03}" title="Kabar Kota {f:03}" xmlUrl="{base}/{name}"/>')
with open(os.path.join(out, "subscriptions.opml"), "w", encoding="utf-8") as w:
    w.write('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0"><head><title>Benchmark</title></head><body>\n'
            '<outline text="Kota">\n' + "\n".join(outlines) + "\n</outline>\n</body></opml>\n")
