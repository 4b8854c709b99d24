#!/usr/bin/env python3
"""Generates the demo's sample data in examples/data/ (deterministic: same output every run).

A wholesale distributor with 40 customers in EUR, GBP and USD, as-of 2026-11-20:
customers.csv, ledger.csv (open items), payments.csv (incoming cash with messy remittances),
history.csv (settled invoices), financials.csv (statements of some customers) and
ar-history.csv (month-end snapshots). Run from the repository root:

    python3 examples/tools/generate_sample_data.py
"""
import csv
import datetime as dt
import os
import random
from decimal import Decimal, ROUND_HALF_EVEN

OUT = os.path.join(os.path.dirname(__file__), "..", "data")
AS_OF = dt.date(2026, 11, 20)
rng = random.Random(20261120)

CUSTOMERS = [
    ("C-1001", "Müller Maschinenbau GmbH", "EUR", "DE"), ("C-1002", "Nordlicht Logistik AG", "EUR", "DE"),
    ("C-1003", "Brasserie Lefèvre SARL", "EUR", "FR"), ("C-1004", "Van der Berg Techniek B.V.", "EUR", "NL"),
    ("C-1005", "Ferreira & Filhos Lda", "EUR", "PT"), ("C-1006", "Schneider Elektro KG", "EUR", "DE"),
    ("C-1007", "Alpina Sportartikel GmbH", "EUR", "AT"), ("C-1008", "Costa Ricambi S.r.l.", "EUR", "IT"),
    ("C-1009", "Hansen Fisk A/S", "EUR", "DK"), ("C-1010", "Bäckerei Krüger e.K.", "EUR", "DE"),
    ("C-1011", "Iberia Componentes S.L.", "EUR", "ES"), ("C-1012", "Rheinwerk Metall GmbH & Co. KG", "EUR", "DE"),
    ("C-1013", "Dupont Emballages SA", "EUR", "FR"), ("C-1014", "Baltic Timber OÜ", "EUR", "EE"),
    ("C-1015", "Kowalski Budownictwo Sp. z o.o.", "EUR", "PL"), ("C-1016", "Sørensen Marine ApS", "EUR", "DK"),
    ("C-1017", "Weber & Söhne GmbH", "EUR", "DE"), ("C-1018", "Lumière Optique SAS", "EUR", "FR"),
    ("C-1019", "Vogel Gartenbau GmbH", "EUR", "DE"), ("C-1020", "Zeta Pharma S.p.A.", "EUR", "IT"),
    ("C-2001", "Acme Industrial Ltd", "GBP", "GB"), ("C-2002", "Thames Valley Builders Ltd", "GBP", "GB"),
    ("C-2003", "Highland Distillers plc", "GBP", "GB"), ("C-2004", "Pennine Foods Limited", "GBP", "GB"),
    ("C-2005", "Clarke & Daughters LLP", "GBP", "GB"), ("C-2006", "Mersey Freight Ltd", "GBP", "GB"),
    ("C-2007", "Cotswold Interiors Ltd", "GBP", "GB"), ("C-2008", "Northern Rail Supplies Ltd", "GBP", "GB"),
    ("C-2009", "=Formula Trading Ltd", "GBP", "GB"), ("C-2010", "Brighton Digital Ltd", "GBP", "GB"),
    ("C-3001", "Lone Star Equipment Inc.", "USD", "US"), ("C-3002", "Pacific Coast Produce LLC", "USD", "US"),
    ("C-3003", "Great Lakes Plastics Corp.", "USD", "US"), ("C-3004", "Appalachian Hardware Co.", "USD", "US"),
    ("C-3005", "Desert Sun Solar Inc.", "USD", "US"), ("C-3006", "Hudson Medical Supply LLC", "USD", "US"),
    ("C-3007", "Bayou Marine Services Inc.", "USD", "US"), ("C-3008", "Rocky Mountain Outfitters LLC", "USD", "US"),
    ("C-3009", "Gateway Printing Corp.", "USD", "US"), ("C-3010", "Sunbelt Logistics Inc.", "USD", "US"),
]

TERMS = ["NET30", "NET30", "NET30", "NET45", "NET60", "2/10NET30", "EOM30", "NET14"]
# Payment behaviour profile per customer: mean days late, spread.
PROFILE = {}
for i, c in enumerate(CUSTOMERS):
    PROFILE[c[0]] = rng.choice([(-3, 4), (0, 5), (4, 6), (10, 10), (25, 15), (55, 25)] if i % 7 else [(70, 30)])


def money(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)


def iban(country, bank, account):
    bban = bank + account
    digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(digits) % 97
    return f"{country}{check:02d}{bban}"


def account_for(cid, country, currency):
    n = int(cid[2:])
    if currency == "USD":
        return f"{rng.randint(10**8, 10**9 - 1)}"
    if country == "GB":
        return iban("GB", "NWBK", f"60161331{n:06d}"[:14])
    if country == "DE":
        return iban("DE", "37040044", f"{n:010d}")
    if country == "FR":
        return iban("FR", "30006", f"00001{n:011d}00")[:27]
    if country == "NL":
        return iban("NL", "ABNA", f"{n:010d}")
    return iban(country, "1234", f"{n:012d}")


def due(doc_date, terms):
    if terms.startswith("EOM"):
        nd = int(terms[3:])
        first_next = (doc_date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return first_next - dt.timedelta(days=1) + dt.timedelta(days=nd)
    return doc_date + dt.timedelta(days=int(terms.split("NET")[1]))


def write(name, header, rows):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


customers = []
ledger = []
history = []
inv_no = 4100
cust_terms = {}
for i, (cid, name, cur, country) in enumerate(CUSTOMERS):
    terms = TERMS[i % len(TERMS)]
    cust_terms[cid] = terms
    size = rng.choice([0.3, 0.6, 1, 1, 2, 4])
    limit = money(rng.choice([10000, 15000, 25000, 40000, 60000, 100000]) * size)
    limit = money(round(limit / 1000) * 1000)
    hold = "true" if cid in ("C-1015", "C-3007") else "false"
    open_orders = money(rng.choice([0, 0, 1500, 4800, 12000]) * size)
    accounts = account_for(cid, country, cur)
    if i % 5 == 0:
        accounts += ";" + account_for(cid + "9", country, cur)
    risk = "ABCDE"[min(4, int(PROFILE[cid][0] / 15) + (1 if PROFILE[cid][0] >= 0 else 0))]
    customers.append([cid, name, cur, limit, terms, risk, hold, open_orders, accounts])

    late, spread = PROFILE[cid]
    # settled history: 12 months
    for k in range(rng.randint(8, 22)):
        doc_date = AS_OF - dt.timedelta(days=rng.randint(60, 400))
        d = due(doc_date, terms)
        paid = d + dt.timedelta(days=max(-20, int(rng.gauss(late, spread))))
        if paid >= AS_OF:
            continue
        inv_no += 1
        amount = money(rng.uniform(300, 9000) * size)
        history.append([cid, f"INV-2025-{inv_no:05d}", amount, cur, d, paid, doc_date])

    # open items
    n_items = rng.randint(4, 14)
    for k in range(n_items):
        inv_no += 1
        doc_date = AS_OF - dt.timedelta(days=int(abs(rng.gauss(0, 1)) * (35 + late * 1.6)) + rng.randint(0, 20))
        d = due(doc_date, terms)
        amount = money(rng.uniform(250, 12000) * size)
        r = rng.random()
        dtype, docid = "INVOICE", f"INV-2026-{inv_no:05d}"
        if r < 0.05:
            dtype, docid, amount = "CREDIT_NOTE", f"CN-2026-{inv_no:05d}", -money(rng.uniform(50, 900) * size)
        elif r < 0.08:
            dtype, docid, amount = "DEBIT_NOTE", f"DN-2026-{inv_no:05d}", money(rng.uniform(20, 400))
        elif r < 0.10:
            dtype, docid, amount = "PAYMENT", f"PAY-2026-{inv_no:05d}", -money(rng.uniform(100, 2500) * size)
            d = doc_date
        open_amount = amount
        if dtype == "INVOICE" and rng.random() < 0.12:
            open_amount = money(amount * Decimal(rng.choice(["0.5", "0.25", "0.8", "0.6"])))
        ref = f"PO-{rng.randint(100000, 999999)}" if dtype == "INVOICE" and rng.random() < 0.45 else ""
        disc_date, disc_pct = "", ""
        if terms.startswith("2/10") and dtype == "INVOICE":
            disc_date, disc_pct = doc_date + dt.timedelta(days=10), "2"
        disputed = "true" if dtype == "INVOICE" and rng.random() < 0.04 else "false"
        ledger.append([cid, docid, dtype, doc_date, d, cur, amount, open_amount, ref, disc_date, disc_pct, disputed])

ledger.sort(key=lambda r: (r[0], r[3], r[1]))

# ---- payments: realistic, messy remittances built from the open invoices ----
cust_by_id = {c[0]: c for c in customers}
open_invoices = {}
for row in ledger:
    if row[2] == "INVOICE" and row[7] > 0 and row[11] == "false":
        open_invoices.setdefault(row[0], []).append(row)

payments = []
pay_no = 0
used = set()


def take(cid, pred=lambda r: True):
    candidates = [r for r in open_invoices.get(cid, []) if r[1] not in used and pred(r)]
    if not candidates:
        return None
    r = rng.choice(candidates)
    used.add(r[1])
    return r


def garble(doc):
    num = doc.split("-")[-1]
    return rng.choice([doc, doc.lower(), doc.replace("-", " "), f"INV{num}", f"RE: {doc}",
                       f"/INV/{doc.replace('INV-', '')}", f"Rechnung {doc.replace('-', '')}", f"inv.{num}"])


def pay(cid, amount, remittance, with_id=True, payer_name=None, account=None, days_ago=None):
    global pay_no
    pay_no += 1
    c = cust_by_id.get(cid)
    cur = c[2] if c else "EUR"
    date = AS_OF - dt.timedelta(days=days_ago if days_ago is not None else rng.randint(0, 4))
    name = payer_name if payer_name is not None else (c[1].upper() if c else "")
    acct = account if account is not None else (c[8].split(";")[0] if c else "")
    payments.append([f"P-{pay_no:04d}", date, cur, amount, cid if with_id else "", name, acct, remittance])


def recent_discount(r):
    return r[9] != "" and AS_OF - dt.timedelta(days=6) <= r[9] and r[3] <= AS_OF - dt.timedelta(days=2)


cids = [c[0] for c in CUSTOMERS]
rng.shuffle(cids)
scenarios = (["exact"] * 14 + ["garbled"] * 8 + ["multi"] * 5 + ["amount_only"] * 4 + ["short"] * 3
             + ["fee"] * 3 + ["discount"] * 3 + ["over"] * 2 + ["name_only"] * 3 + ["iban_only"] * 3
             + ["po"] * 3 + ["unknown"] * 2 + ["partial"] * 2)
rng.shuffle(scenarios)
ci = 0
for sc in scenarios:
    for attempt in range(len(cids)):
        cid = cids[ci % len(cids)]
        ci += 1
        if sc == "discount" and not any(recent_discount(r) for r in open_invoices.get(cid, []) if r[1] not in used):
            continue
        if sc == "unknown":
            break
        if open_invoices.get(cid) and any(r[1] not in used for r in open_invoices[cid]):
            break
    if sc == "unknown":
        pay(None, money(rng.uniform(80, 900)), rng.choice(["PAYMENT", "SEE ATTACHED", "Transfer ref 99812"]),
            with_id=False, payer_name=rng.choice(["J SMITH", "TRADING CO", "ACC 4471"]), account="GB29XXXX00000000000000",
            days_ago=rng.randint(0, 3))
        payments[-1][2] = rng.choice(["EUR", "GBP"])
        continue
    if sc == "multi":
        rows = [r for r in (take(cid), take(cid), take(cid)) if r]
        if not rows:
            continue
        pay(cid, sum(r[7] for r in rows), " ".join(garble(r[1]) for r in rows))
        continue
    r = take(cid, recent_discount) if sc == "discount" else take(cid)
    if not r:
        continue
    amt = r[7]
    if sc == "exact":
        pay(cid, amt, f"{r[1]}")
    elif sc == "garbled":
        pay(cid, amt, f"{rng.choice(['Payment', 'Zahlung', 'PMT', ''])} {garble(r[1])}".strip(), with_id=rng.random() < 0.5)
    elif sc == "amount_only":
        pay(cid, amt, rng.choice(["", "PAYMENT", "Thank you"]))
    elif sc == "short":
        pay(cid, money(amt - money(amt * Decimal("0.1"))), f"{r[1]} less 10% damaged goods")
    elif sc == "fee":
        pay(cid, money(amt - Decimal("0.50")), f"{garble(r[1])}")
    elif sc == "discount":
        disc = money(r[6] * Decimal("0.02"))
        discount_date = r[9]
        pay(cid, money(amt - disc), f"{r[1]} minus 2% skonto", days_ago=max(0, (AS_OF - discount_date).days) + rng.randint(0, 1))
    elif sc == "over":
        pay(cid, money(amt + Decimal(rng.choice([100, 250, 1000]))), f"{r[1]} and advance")
    elif sc == "name_only":
        c = cust_by_id[cid]
        name = c[1].upper().replace("GMBH", "").replace("LTD", "").replace(" & ", " AND ").strip(" .")
        pay(cid, amt, garble(r[1]), with_id=False, payer_name=name, account="")
    elif sc == "iban_only":
        pay(cid, amt, garble(r[1]), with_id=False, payer_name="", account=cust_by_id[cid][8].split(";")[0].lower())
    elif sc == "po":
        if r[8]:
            pay(cid, amt, f"Your PO {r[8].replace('PO-', '')}")
        else:
            pay(cid, amt, r[1])
    elif sc == "partial":
        pay(cid, money(amt / 2), f"{r[1]} instalment 1 of 2")

payments.sort(key=lambda p: (p[1], p[0]))

# ---- financial statements for 18 customers ----
financials = []
for i, (cid, name, cur, country) in enumerate(CUSTOMERS):
    if i % 2:
        continue
    size = float(cust_by_id[cid][3]) * rng.uniform(20, 60)
    ta = money(size)
    tl = money(size * rng.uniform(0.35, 0.95))
    ca = money(size * rng.uniform(0.25, 0.6))
    cl = money(size * rng.uniform(0.15, 0.55))
    re = money(size * rng.uniform(-0.15, 0.35))
    ebit = money(size * rng.uniform(-0.05, 0.18))
    sales = money(size * rng.uniform(0.8, 2.2))
    be = money(ta - tl)
    me = money(be * Decimal(str(round(rng.uniform(1.2, 3.5), 2)))) if name.endswith(("plc", "Inc.", "Corp.", "S.p.A.", "AG", "SA")) else ""
    financials.append([cid, cur, ta, tl, ca, cl, re, ebit, sales, be, me])

# ---- month-end AR snapshots, 12 periods x 3 currencies ----
ar_history = []
for cur, base in (("EUR", 420000), ("GBP", 180000), ("USD", 260000)):
    recv = base * 1.4
    for m in range(12):
        year, month = 2025 + (10 + m) // 12, (10 + m) % 12 + 1
        sales = money(base * rng.uniform(0.85, 1.2))
        recv = float(recv) * 0.35 + float(sales) * rng.uniform(0.95, 1.15)
        ending = money(recv)
        current = money(float(ending) * rng.uniform(0.55, 0.8))
        ar_history.append([f"{year}-{month:02d}", cur, sales, ending, current])
ar_history.sort(key=lambda r: (r[1], r[0]))

write("customers.csv", ["customer_id", "name", "currency", "credit_limit", "payment_terms", "risk_class",
                        "credit_hold", "open_orders", "bank_accounts"], customers)
write("ledger.csv", ["customer_id", "document_id", "document_type", "document_date", "due_date", "currency",
                     "amount", "open_amount", "reference", "discount_date", "discount_percent", "disputed"], ledger)
write("payments.csv", ["payment_id", "payment_date", "currency", "amount", "customer_id", "payer_name",
                       "payer_account", "remittance"], payments)
write("history.csv", ["customer_id", "document_id", "amount", "currency", "due_date", "paid_date",
                      "document_date"], history)
write("financials.csv", ["customer_id", "currency", "total_assets", "total_liabilities", "current_assets",
                         "current_liabilities", "retained_earnings", "ebit", "sales", "book_equity",
                         "market_equity"], financials)
write("ar-history.csv", ["period", "currency", "credit_sales", "ending_receivables",
                         "ending_current_receivables"], ar_history)
print(f"{len(customers)} customers, {len(ledger)} open items, {len(payments)} payments, "
      f"{len(history)} settled, {len(financials)} statements, {len(ar_history)} periods")
