#!/usr/bin/env bash
# Generates a 1,000,000-row ledger (deterministic: same bytes on every run) and times
# `./credere aging` on it end to end (JVM start, parse, age, write).
# Usage: benchmarks/scripts/aging-1m.sh [ROWS]   (from anywhere; writes to /tmp)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rows="${1:-1000000}"
ledger="/tmp/credere-aging-${rows}.csv"
out="/tmp/credere-aging-${rows}.out.csv"
if [ ! -f "$ledger" ]; then
  awk -v rows="$rows" 'BEGIN {
    print "customer_id,document_id,document_type,document_date,due_date,currency,amount,open_amount";
    split("EUR USD JPY", cur, " ");
    # Park-Miller minimal standard generator: exact in awk doubles, same numbers everywhere.
    seed = 20261123;
    for (i = 0; i < rows; i++) {
      seed = (seed * 16807) % 2147483647; c = int(seed / 13) % 100000;
      seed = (seed * 16807) % 2147483647; k = cur[1 + int(seed / 13) % 3];
      seed = (seed * 16807) % 2147483647; d = int(seed / 13) % 400;
      seed = (seed * 16807) % 2147483647; a = 100 + int(seed / 13) % 1000000;
      credit = (i % 10 == 0);
      doc = 20300 - d; due = doc + 30;
      amount = (k == "JPY") ? a : sprintf("%d.%02d", a / 100, a % 100);
      type = credit ? "CREDIT_NOTE" : "INVOICE";
      sign = credit ? "-" : "";
      printf "C-%05d,D-%07d,%s,%s,%s,%s,%s%s,%s%s\n", c, i, type, day(doc), day(due), k, sign, amount, sign, amount;
    }
  }
  function day(n,   y, m, dd, z, era, doe, yoe, doy, mp) {
    z = n + 719468; era = int(z / 146097); doe = z - era * 146097;
    yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365);
    y = yoe + era * 400; doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100));
    mp = int((5 * doy + 2) / 153); dd = doy - int((153 * mp + 2) / 5) + 1;
    m = mp < 10 ? mp + 3 : mp - 9; if (m <= 2) y++;
    return sprintf("%04d-%02d-%02d", y, m, dd);
  }' > "$ledger"
fi
"$root/credere" --version >/dev/null   # builds the jar first if needed, outside the timing
echo "ledger: $ledger ($(wc -l < "$ledger") lines, $(du -h "$ledger" | cut -f1))"
start=$(date +%s.%N)
"$root/credere" aging --ledger "$ledger" --as-of 2025-08-01 --output "$out"
end=$(date +%s.%N)
echo "rows written: $(wc -l < "$out")"
echo "elapsed: $(echo "$end - $start" | bc) s"
