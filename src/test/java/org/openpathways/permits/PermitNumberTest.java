package org.openpathways.permits;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PermitNumberTest {

    @Property
    void everyGeneratedNumberIsValidAndReadsBackTheSame(@ForAll("numbers") PermitNumber number) {
        assertThat(PermitNumber.parse(number.value())).contains(number);
        assertThat(PermitNumber.parse(number.grouped())).contains(number);
    }

    @Property
    void typingIsForgivenCaseSpacesDashesAndLookalikeLetters(@ForAll("numbers") PermitNumber number) {
        String typed = " "
                + number.grouped()
                        .toLowerCase()
                        .replace("-", " - ")
                        .replace('0', 'o')
                        .replace('1', 'l');
        assertThat(PermitNumber.parse(typed)).contains(number);
    }

    @Property
    void anySingleCharacterChangeIsDetected(
            @ForAll("numbers") PermitNumber number,
            @ForAll @IntRange(max = PermitNumber.LENGTH - 1) int position,
            @ForAll @IntRange(min = 1, max = 31) int shift) {
        char[] chars = number.value().toCharArray();
        int original = PermitNumber.ALPHABET.indexOf(chars[position]);
        chars[position] = PermitNumber.ALPHABET.charAt((original + shift) % 32);
        assertThat(PermitNumber.parse(new String(chars))).isEmpty();
    }

    @Property
    void anySwapOfTwoDifferentAdjacentCharactersIsDetected(
            @ForAll("numbers") PermitNumber number, @ForAll @IntRange(max = PermitNumber.LENGTH - 2) int position) {
        char[] chars = number.value().toCharArray();
        if (chars[position] == chars[position + 1]) {
            return;
        }
        char kept = chars[position];
        chars[position] = chars[position + 1];
        chars[position + 1] = kept;
        assertThat(PermitNumber.parse(new String(chars))).isEmpty();
    }

    @Property
    void textThatIsNotANumberIsRefused(@ForAll String text) {
        PermitNumber.parse(text).ifPresent(number -> assertThat(number.value()).hasSize(PermitNumber.LENGTH));
    }

    @Property(tries = 50)
    void wrongLengthsAndForeignCharactersAreRefused(@ForAll("numbers") PermitNumber number) {
        assertThat(PermitNumber.parse(number.value() + "0")).isEmpty();
        assertThat(PermitNumber.parse(number.value().substring(1))).isEmpty();
        assertThat(PermitNumber.parse(number.value().substring(0, 11) + "U")).isEmpty();
        assertThat(PermitNumber.parse("")).isEmpty();
    }

    @Provide
    Arbitrary<PermitNumber> numbers() {
        return Arbitraries.strings()
                .withChars(PermitNumber.ALPHABET.toCharArray())
                .ofLength(PermitNumber.LENGTH - 1)
                .map(payload -> PermitNumber.parse(payload + PermitNumber.checkCharacter(payload))
                        .orElseThrow());
    }
}
