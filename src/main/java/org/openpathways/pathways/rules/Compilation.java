package org.openpathways.pathways.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.rules.DateReference.FixedDate;

/**
 * Where criteria are compiled for {@link CompiledRules}: each fact a criterion reads gets a slot of the {@link FactSheet}
 * once, and the rule set's named lists are looked up once. The counterpart of {@link Evaluation}.
 */
public final class Compilation {

    private final Map<String, List<String>> countryLists;
    private final Map<String, List<AreaPeriod>> areaLists;
    /** The slot of each fact read, in the order first read; a fact is its name and its type, as criteria read it. */
    private final Map<Fact, Integer> slots = new LinkedHashMap<>();

    Compilation(Map<String, List<String>> countryLists, Map<String, List<AreaPeriod>> areaLists) {
        this.countryLists = countryLists;
        this.areaLists = areaLists;
    }

    public CompiledCriterion compile(Criterion criterion) {
        return criterion.compile(this);
    }

    CompiledCriterion[] compile(List<Criterion> parts) {
        CompiledCriterion[] compiled = new CompiledCriterion[parts.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = compile(parts.get(i));
        }
        return compiled;
    }

    /** The slot of the sheet that holds a fact, read as its {@link Fact#type() type}. */
    int slot(Fact fact) {
        return slots.computeIfAbsent(fact, added -> slots.size());
    }

    /** A reference date: a fixed date, or the slot of a date fact. */
    DatePoint date(DateReference reference) {
        if (reference instanceof FixedDate fixed) {
            return new DatePoint(-1, FactSheet.day(fixed.date()));
        }
        return new DatePoint(slot(((DateReference.FactDate) reference).fact()), FactSheet.NO_DATE);
    }

    @Nullable
    List<String> countryList(String name) {
        return countryLists.get(name);
    }

    @Nullable
    List<AreaPeriod> areaList(String name) {
        return areaLists.get(name);
    }

    /** The facts by slot. */
    List<Fact> facts() {
        return new ArrayList<>(slots.keySet());
    }

    /** A compiled {@link DateReference}: the date of a slot, or a fixed one when the slot is negative. */
    record DatePoint(int slot, long fixed) {

        /** The day ({@link FactSheet#day}), or {@link FactSheet#NO_DATE} when the fact is absent or not a date. */
        long in(FactSheet sheet) {
            return slot < 0 ? fixed : sheet.date(slot);
        }
    }
}
