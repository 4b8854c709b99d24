#!/usr/bin/env python3
"""Turns examples/data/payments.csv into a camt.053.001.02 bank statement,
examples/data/bank-statement.camt053.xml: one statement per currency (EUR, GBP, USD) of the
company's accounts, every payment a credit (payer name and account in RltdPties/Dbtr and
DbtrAcct, remittance in RmtInf/Ustrd, or in Strd/CdtrRefInf when it is an RF reference),
plus a few debits (bank charges), with opening and closing balances that add up.
Deterministic: same input, same file. Run from the repository root."""
import csv
from decimal import Decimal
from xml.sax.saxutils import escape

ACCOUNTS = {"EUR": ("DE44500105175407324931", Decimal("182340.55")),
            "GBP": ("GB29NWBK60161331926819", Decimal("64210.10")),
            "USD": ("US00CREDERE0000123456789", Decimal("97120.00"))}
CHARGES = {"EUR": [("12.50", "Account maintenance fee"), ("3.20", "SEPA credit fees")],
           "GBP": [("9.00", "Monthly account charge")],
           "USD": [("25.00", "Incoming wire fees"), ("15.00", "Account analysis fee")]}


def rf(reference):
    """ISO 11649 creditor reference for an invoice number (digits and letters only)."""
    body = "".join(ch for ch in reference.upper() if ch.isalnum())
    digits = "".join(str(int(ch, 36)) for ch in body + "RF00")
    check = 98 - int(digits) % 97
    return "RF%02d%s" % (check, body)


def main():
    with open("examples/data/payments.csv", encoding="utf-8") as f:
        payments = list(csv.DictReader(f))
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">',
           '  <BkToCstmrStmt>', '    <GrpHdr>', '      <MsgId>CREDERE-DEMO-20261120</MsgId>',
           '      <CreDtTm>2026-11-20T18:00:00</CreDtTm>', '    </GrpHdr>']
    for n, (ccy, (iban, opening)) in enumerate(ACCOUNTS.items(), start=1):
        rows = [p for p in payments if p["currency"] == ccy]
        credits = sum(Decimal(p["amount"]) for p in rows)
        debits = sum(Decimal(a) for a, _ in CHARGES[ccy])
        closing = opening + credits - debits
        out += ['    <Stmt>', '      <Id>STMT-%s-20261120</Id>' % ccy,
                '      <ElctrncSeqNb>%d</ElctrncSeqNb>' % (320 + n),
                '      <CreDtTm>2026-11-20T18:00:00</CreDtTm>',
                '      <FrToDt><FrDtTm>2026-11-16T00:00:00</FrDtTm><ToDtTm>2026-11-20T23:59:59</ToDtTm></FrToDt>',
                '      <Acct><Id><IBAN>%s</IBAN></Id><Ccy>%s</Ccy></Acct>' % (iban, ccy)]
        for code, amount, date in (("OPBD", opening, "2026-11-15"), ("CLBD", closing, "2026-11-20")):
            out.append('      <Bal><Tp><CdOrPrtry><Cd>%s</Cd></CdOrPrtry></Tp><Amt Ccy="%s">%s</Amt>'
                       '<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>%s</Dt></Dt></Bal>' % (code, ccy, amount, date))
        for i, p in enumerate(rows):
            remittance = p["remittance"]
            strd = ""
            if i % 5 == 2 and remittance.strip().upper().startswith("INV-"):
                strd = ('<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp>'
                        '<Ref>%s</Ref></CdtrRefInf></Strd>' % rf(remittance.strip()))
            rmt = '<RmtInf>%s%s</RmtInf>' % (
                '<Ustrd>%s</Ustrd>' % escape(remittance) if remittance and not strd else "", strd)
            parties = '<RltdPties><Dbtr><Nm>%s</Nm></Dbtr>%s</RltdPties>' % (
                escape(p["payer_name"] or "UNKNOWN PAYER"),
                '<DbtrAcct><Id><Othr><Id>%s</Id></Othr></Id></DbtrAcct>' % escape(p["payer_account"])
                if p["payer_account"] else "")
            out += ['      <Ntry>', '        <Amt Ccy="%s">%s</Amt>' % (ccy, p["amount"]),
                    '        <CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>',
                    '        <BookgDt><Dt>%s</Dt></BookgDt><ValDt><Dt>%s</Dt></ValDt>' % (p["payment_date"], p["payment_date"]),
                    '        <AcctSvcrRef>%s</AcctSvcrRef>' % p["payment_id"],
                    '        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>',
                    '        <NtryDtls><TxDtls><Refs><EndToEndId>%s</EndToEndId></Refs>%s%s</TxDtls></NtryDtls>' % (p["payment_id"], parties, rmt),
                    '      </Ntry>']
        for j, (amount, text) in enumerate(CHARGES[ccy]):
            out += ['      <Ntry>', '        <Amt Ccy="%s">%s</Amt>' % (ccy, amount),
                    '        <CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>',
                    '        <BookgDt><Dt>2026-11-20</Dt></BookgDt><ValDt><Dt>2026-11-20</Dt></ValDt>',
                    '        <AcctSvcrRef>CHG-%s-%d</AcctSvcrRef>' % (ccy, j + 1),
                    '        <BkTxCd><Domn><Cd>ACMT</Cd><Fmly><Cd>MDOP</Cd><SubFmlyCd>CHRG</SubFmlyCd></Fmly></Domn></BkTxCd>',
                    '        <AddtlNtryInf>%s</AddtlNtryInf>' % text, '      </Ntry>']
        out.append('    </Stmt>')
    out += ['  </BkToCstmrStmt>', '</Document>', '']
    with open("examples/data/bank-statement.camt053.xml", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
