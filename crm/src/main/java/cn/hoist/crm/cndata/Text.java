package cn.hoist.crm.cndata;

import java.text.Normalizer;
import java.util.Locale;

/** Input cleaning shared by the rules: full-width to half-width, no spaces, upper case. */
final class Text {

    private Text() {
    }

    /**
     * NFKC turns full-width letters and digits (ＡＢ１２) into ASCII, which is what staff type with a
     * Chinese input method switched on; spaces, dots and dashes people put between groups go away.
     */
    static String compactUpper(String raw) {
        if (raw == null) {
            return "";
        }
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isWhitespace(c) && c != '·' && c != '•' && c != '.' && c != '-' && c != '\u3000') {
                out.append(c);
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
