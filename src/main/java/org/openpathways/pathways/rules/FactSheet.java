package org.openpathways.pathways.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.rules.FactValue.BooleanValue;
import org.openpathways.pathways.rules.FactValue.DateListValue;
import org.openpathways.pathways.rules.FactValue.DateValue;
import org.openpathways.pathways.rules.FactValue.MoneyValue;
import org.openpathways.pathways.rules.FactValue.NumberValue;
import org.openpathways.pathways.rules.FactValue.TextSetValue;
import org.openpathways.pathways.rules.FactValue.TextValue;

/**
 * The facts one {@link CompiledRules} reads, taken once from {@link Facts} into slots and prepared for comparison:
 * dates as {@link #day days}, whole numbers as {@code long}s (other numbers stay {@link BigDecimal}s), money with its
 * currency, date lists as arrays of days. A fact that is absent or whose value is not of its fact's type has an empty
 * slot, which compiled criteria read as unknown, as {@link Evaluation} does. Only the rules that made it can read it.
 */
public final class FactSheet {

    /** The day of an empty date slot; no {@link #day(LocalDate) day} is this low. */
    static final long NO_DATE = Long.MIN_VALUE;

    final Object layout;
    /** Dates as days ({@link #NO_DATE} when empty), whole numbers and amounts as they are. */
    private final long[] scalars;
    /** Whether a number or an amount is whole, so in {@link #scalars}. */
    private final boolean[] whole;
    /**
     * Null when empty; otherwise the value as read: the {@link LocalDate}, the {@link BigDecimal}, the {@link Money},
     * the text, the {@link Boolean}, the days of a date list as a {@code long[]}, or the set of texts.
     */
    private final @Nullable Object[] values;

    /**
     * @param types the type of each slot's fact
     * @param slots the slots of each fact name (one, as a rule set's facts are known facts, whose names fix their types)
     */
    FactSheet(Object layout, FactType[] types, Map<String, int[]> slots, Facts given) {
        this.layout = layout;
        int size = types.length;
        scalars = new long[size];
        whole = new boolean[size];
        values = new Object[size];
        for (int slot = 0; slot < size; slot++) {
            if (types[slot] == FactType.DATE) {
                scalars[slot] = NO_DATE;
            }
        }
        // The given facts are walked once (a person has a few dozen), rather than looked up by name per slot.
        for (Map.Entry<String, FactValue> fact : given.values().entrySet()) {
            int[] read = slots.get(fact.getKey());
            if (read != null) {
                for (int slot : read) {
                    put(slot, types[slot], fact.getValue());
                }
            }
        }
    }

    private void put(int slot, FactType type, FactValue value) {
        switch (type) {
            case DATE -> {
                if (value instanceof DateValue date) {
                    values[slot] = date.value();
                    scalars[slot] = day(date.value());
                }
            }
            case NUMBER -> {
                if (value instanceof NumberValue number) {
                    values[slot] = number.value();
                    putAmount(slot, number.value());
                }
            }
            case MONEY -> {
                if (value instanceof MoneyValue money) {
                    values[slot] = money.value();
                    putAmount(slot, money.value().amount());
                }
            }
            case TEXT -> {
                if (value instanceof TextValue text) {
                    values[slot] = text.value();
                }
            }
            case BOOLEAN -> {
                if (value instanceof BooleanValue flag) {
                    values[slot] = flag.value();
                }
            }
            case DATE_LIST -> {
                if (value instanceof DateListValue dates) {
                    long[] days = new long[dates.values().size()];
                    for (int i = 0; i < days.length; i++) {
                        days[i] = day(dates.values().get(i));
                    }
                    values[slot] = days;
                }
            }
            case TEXT_SET -> {
                if (value instanceof TextSetValue texts) {
                    values[slot] = texts.values();
                }
            }
        }
    }

    private void putAmount(int slot, BigDecimal amount) {
        BigDecimal exact = Threshold.wholeInLong(amount);
        if (exact != null) {
            whole[slot] = true;
            scalars[slot] = exact.longValueExact();
        }
    }

    /**
     * A date as a count that orders as dates do and from which whole months are counted as {@link
     * java.time.Period#between} counts them: its month since year 0 times 32, plus its day of the month.
     */
    static long day(LocalDate date) {
        return (date.getYear() * 12L + date.getMonthValue() - 1) * 32 + date.getDayOfMonth();
    }

    /**
     * The whole months from one {@link #day} to a later or equal one, as {@link java.time.Period#between(LocalDate,
     * LocalDate)}{@code .toTotalMonths()}: a month is complete on the same day of the month, or on the first day of the
     * next month when that day does not exist.
     */
    static long months(long from, long to) {
        long months = (to >> 5) - (from >> 5);
        return months > 0 && (to & 31) < (from & 31) ? months - 1 : months;
    }

    /** The age as {@link AgeRange#age(LocalDate, LocalDate)}, over {@link #day days}: -1 when born after the date. */
    static int age(long birth, long on) {
        return birth > on ? -1 : (int) (months(birth, on) / 12);
    }

    /** The {@link #day} of a date slot, or {@link #NO_DATE}. */
    long date(int slot) {
        return scalars[slot];
    }

    boolean has(int slot) {
        return values[slot] != null;
    }

    /**
     * The sign of a number or an amount compared with a threshold; the slot must {@link #has have} a value. For an
     * amount this compares the amount only.
     */
    int compare(int slot, Threshold threshold) {
        if (whole[slot]) {
            return threshold.compareFrom(scalars[slot]);
        }
        Object value = values[slot];
        return threshold.compareFrom(value instanceof Money money ? money.amount() : (BigDecimal) value);
    }

    @Nullable
    Money money(int slot) {
        return (Money) values[slot];
    }

    @Nullable
    String text(int slot) {
        return (String) values[slot];
    }

    @Nullable
    Boolean flag(int slot) {
        return (Boolean) values[slot];
    }

    /** The days of a date list, or null. */
    long @Nullable [] dates(int slot) {
        return (long[]) values[slot];
    }

    @Nullable
    @SuppressWarnings("unchecked")
    Set<String> texts(int slot) {
        return (Set<String>) values[slot];
    }
}
