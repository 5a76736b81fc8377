package org.openpathways.shared.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ReferenceNumbersTest {

    @Test
    void aNumberIsReadBackHoweverItIsTyped() {
        String number = ReferenceNumbers.generate("A");
        assertThat(number).matches("A-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]");
        assertThat(ReferenceNumbers.normalise("A", number.toLowerCase().replace("-", " ")))
                .contains(number);
        assertThat(ReferenceNumbers.normalise("A", "nonsense")).isEmpty();
        assertThat(ReferenceNumbers.normalise("A", "A-2222-2222-2".repeat(5))).isEmpty();
    }

    @Property
    void everyMistakeInOneSymbolAndEverySwapOfNeighboursIsCaught(
            @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 8) int position,
            @ForAll @IntRange(min = 1, max = 28) int shift) {
        String number = ReferenceNumbers.generate("", new Random(seed));
        String symbols = number.replace("-", "");
        char[] changed = symbols.toCharArray();
        int index = ReferenceNumbers.ALPHABET.indexOf(changed[position]);
        changed[position] = ReferenceNumbers.ALPHABET.charAt((index + shift) % ReferenceNumbers.ALPHABET.length());
        assertThat(ReferenceNumbers.normalise("", new String(changed))).isEmpty();
        if (position < 8 && symbols.charAt(position) != symbols.charAt(position + 1)) {
            char[] swapped = symbols.toCharArray();
            swapped[position] = symbols.charAt(position + 1);
            swapped[position + 1] = symbols.charAt(position);
            assertThat(ReferenceNumbers.normalise("", new String(swapped))).isEmpty();
        }
    }
}
