package io.credere.statements.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code :86:} information to account owner, in its three common shapes: the German
 * structured form ({@code 166?00GUTSCHRIFT?20EREF+...?32Name}), SWIFT-style slash codes
 * ({@code /EREF/.../NAME/.../REMI/...}, Dutch banks) and free text.
 */
final class Mt86 {

  private static final Pattern GERMAN = Pattern.compile("^\\s*\\d{3}\\s*\\?");
  private static final Pattern SUBFIELD = Pattern.compile("\\?(\\d\\d)");
  private static final Pattern SEPA_KEY = Pattern.compile(
      "(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC|COAM|OAMT|SQTP|PURP|RTRN)\\+");
  private static final Pattern PART_START = Pattern.compile(
      "^((?:EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC|COAM|OAMT|SQTP|PURP|RTRN)\\+"
          + "|[A-Z]{4}:)");
  private static final Set<String> SLASH_CODES = Set.of("EREF", "PREF", "MARF", "CSID", "CNTP",
      "REMI", "PURP", "ULTC", "ULTD", "ULTB", "BENM", "ORDP", "NAME", "IBAN", "BIC", "ISDT",
      "RTRN", "TRCD", "ADDR", "CDTRREF", "CDTRREFTP", "USTD", "STRD", "ISSR", "CITY", "ID",
      "SVCL", "ACCW", "EXCH", "OCMT", "CHGS", "RTRNREASON", "BUSP", "TRTP");
  private static final Pattern SLASH = Pattern.compile("/([A-Z]{2,10})/");

  private Mt86() {}

  /** Fills {@code tx} from the lines of one {@code :86:} field. */
  static void parse(List<String> lines, TxDraft tx) {
    String joined = String.join("", lines);
    if (GERMAN.matcher(joined).find()) {
      german(joined.strip(), tx);
    } else if (joined.startsWith("/") && slash(joined, tx)) {
      return;
    } else {
      tx.addText(String.join(" ", lines).replaceAll("\\s+", " "));
    }
  }

  private static void german(String text, TxDraft tx) {
    Matcher m = SUBFIELD.matcher(text);
    List<String> purpose = new ArrayList<>();
    String bookingText = null;
    String name = null;
    String account = null;
    String iban = null;
    String textKey = null;
    int lastEnd = -1;
    String lastCode = null;
    while (true) {
      boolean found = m.find();
      if (lastCode != null) {
        String value = text.substring(lastEnd, found ? m.start() : text.length());
        int code = Integer.parseInt(lastCode);
        if (code == 0) {
          bookingText = value.strip();
        } else if ((code >= 20 && code <= 29) || (code >= 60 && code <= 63)) {
          purpose.add(value);
        } else if (code == 31) {
          account = value.strip();
        } else if (code == 32 || code == 33) {
          name = name == null ? value : name + value;
        } else if (code == 34) {
          textKey = value.strip();
        } else if (code == 38) {
          iban = value.strip();
        }
      }
      if (!found) {
        break;
      }
      lastCode = m.group(1);
      lastEnd = m.end();
    }
    tx.counterpartyName = TxDraft.clean(name);
    tx.counterpartyAccount = TxDraft.clean(iban != null ? iban : account);
    // rebuild the logical parts of the purpose: a subfield starting with a keyword starts a part
    List<String[]> parts = new ArrayList<>();
    for (String sub : purpose) {
      Matcher start = PART_START.matcher(sub);
      if (parts.isEmpty() || start.find()) {
        splitKeys(sub, parts);
      } else {
        String[] last = parts.get(parts.size() - 1);
        last[1] = last[1] + sub;
      }
    }
    StringBuilder free = new StringBuilder();
    for (String[] part : parts) {
      String value = part[1].strip();
      switch (part[0]) {
        case "EREF":
          tx.endToEndId = value;
          break;
        case "KREF":
          tx.customerReference = value;
          break;
        case "MREF":
          if (tx.customerReference == null) {
            tx.customerReference = value;
          }
          break;
        case "SVWZ":
        case "":
          if (!value.isEmpty()) {
            free.append(free.length() > 0 ? " " : "").append(value);
          }
          break;
        case "RTRN":
          tx.returnReason = value;
          break;
        default:
          break;
      }
    }
    if (free.length() > 0) {
      tx.addText(free.toString());
    }
    if (bookingText != null) {
      String upper = bookingText.toUpperCase(Locale.ROOT);
      if (upper.contains("RETOURE") || upper.contains("STORNO") || upper.contains("RUECK")
          || upper.contains("RÜCK")) {
        tx.returnReason = bookingText + (textKey != null ? " " + textKey : "");
      }
      if (tx.text == null) {
        tx.additionalText = bookingText;
      }
    }
  }

  private static void splitKeys(String sub, List<String[]> parts) {
    Matcher key = SEPA_KEY.matcher(sub);
    int pos = 0;
    String current = null;
    while (key.find()) {
      if (key.start() > pos || current != null) {
        parts.add(new String[] {current == null ? "" : current, sub.substring(pos, key.start())});
      }
      current = key.group(1);
      pos = key.end();
    }
    parts.add(new String[] {current == null ? "" : current, sub.substring(pos)});
  }

  private static boolean slash(String text, TxDraft tx) {
    Matcher m = SLASH.matcher(text);
    List<int[]> marks = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    int from = 0;
    while (m.find(from)) {
      if (SLASH_CODES.contains(m.group(1))) {
        marks.add(new int[] {m.start(), m.end()});
        codes.add(m.group(1));
        from = m.end() - 1;
      } else {
        from = m.start() + 1;
      }
      if (from >= text.length()) {
        break;
      }
    }
    if (marks.isEmpty() || marks.get(0)[0] != 0) {
      return false;
    }
    String parent = null;
    for (int i = 0; i < marks.size(); i++) {
      int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
      String value = marks.get(i)[1] <= end ? text.substring(marks.get(i)[1], end).strip() : "";
      String code = codes.get(i);
      switch (code) {
        case "EREF":
          tx.endToEndId = value;
          break;
        case "NAME":
          if (!"ULTD".equals(parent) && !"ULTC".equals(parent)) {
            tx.counterpartyName = TxDraft.clean(value);
          }
          break;
        case "IBAN":
          tx.counterpartyAccount = TxDraft.clean(value);
          break;
        case "CNTP":
          String[] cntp = value.split("/", -1);
          tx.counterpartyAccount = TxDraft.clean(cntp[0]);
          if (cntp.length > 2 && TxDraft.clean(cntp[2]) != null) {
            tx.counterpartyName = TxDraft.clean(cntp[2]);
          }
          break;
        case "REMI":
        case "USTD":
          tx.addText(value);
          break;
        case "CDTRREF":
          if (!value.isEmpty()) {
            tx.creditorReferences.add(value);
          }
          break;
        case "RTRN":
        case "RTRNREASON":
          tx.returnReason = TxDraft.clean(value);
          break;
        default:
          break;
      }
      if (value.isEmpty()) {
        parent = code;
      }
    }
    return true;
  }
}
