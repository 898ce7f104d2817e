package cn.hoist.crm.cndata;

import java.util.Optional;
import java.util.regex.Pattern;

/** Mainland licence plates: regular (7 characters) and new-energy (8 characters). */
public final class Plates {

    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final String LETTER = "[A-HJ-NP-Z]";
    private static final String ALNUM = "[A-HJ-NP-Z0-9]";
    private static final Pattern REGULAR = Pattern.compile("[" + PROVINCES + "]" + LETTER + ALNUM + "{4}(" + ALNUM
            + "|[挂学警港澳使领])");
    /** Small new-energy: energy letter third; A–E pure electric, F–K not (GA 36-2018 and newer allocations). */
    private static final Pattern NEW_ENERGY_SMALL = Pattern.compile("[" + PROVINCES + "]" + LETTER
            + "[A-HJK]" + ALNUM + "[0-9]{4}");
    /** Large new-energy: energy letter last. */
    private static final Pattern NEW_ENERGY_LARGE = Pattern.compile("[" + PROVINCES + "]" + LETTER
            + "[0-9]{5}[A-HJK]");

    public static final int MAX_LENGTH = 8;

    private Plates() {
    }

    /** Upper case, half-width, without spaces or the dot people write after the city letter. */
    public static String normalize(String raw) {
        return Text.compactUpper(raw);
    }

    public static boolean isValid(String normalized) {
        if (normalized == null) {
            return false;
        }
        return switch (normalized.length()) {
            case 7 -> REGULAR.matcher(normalized).matches();
            case 8 -> NEW_ENERGY_SMALL.matcher(normalized).matches() || NEW_ENERGY_LARGE.matcher(normalized).matches();
            default -> false;
        };
    }

    /**
     * The energy type the plate suggests: new-energy plates say pure electric (A–E) or not (F–K,
     * plug-in hybrids and range extenders); a regular plate suggests fuel. Empty for an invalid plate.
     */
    public static Optional<EnergyType> suggestedEnergy(String normalized) {
        if (!isValid(normalized)) {
            return Optional.empty();
        }
        if (normalized.length() == 7) {
            return Optional.of(EnergyType.FUEL);
        }
        char energy = NEW_ENERGY_SMALL.matcher(normalized).matches() ? normalized.charAt(2) : normalized.charAt(7);
        return Optional.of(energy <= 'E' ? EnergyType.NEV : EnergyType.HYBRID);
    }
}
