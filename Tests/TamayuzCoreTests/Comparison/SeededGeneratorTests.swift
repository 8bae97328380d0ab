import Testing

@testable import TamayuzCore

extension ComparisonTests {
    @Suite struct SeededGeneratorTests {
        @Test func matchesTheReferenceImplementation() {
            // Outputs of Blackman & Vigna's xoshiro256starstar.c, its state filled by their
            // splitmix64.c from seed 0 (compiled and run by hand with gcc).
            var generator = SeededGenerator(seed: 0)
            #expect(generator.next() == 11_091_344_671_253_066_420)
            #expect(generator.next() == 13_793_997_310_169_335_082)
            #expect(generator.next() == 1_900_383_378_846_508_768)
        }

        @Test func splitMixMatchesItsReference() {
            // splitmix64.c from state 0: first output 0xE220A8397B1DCDAF.
            var state: UInt64 = 0
            #expect(SeededGenerator.splitMix64(&state) == 0xE220_A839_7B1D_CDAF)
        }

        @Test func unitDoubleIsTheTop53Bits() {
            // Seed 42's first output is 1546998764402558742; >> 11 then × 2⁻⁵³.
            var generator = SeededGenerator(seed: 42)
            #expect(
                generator.nextUnitDouble() == Double(UInt64(1_546_998_764_402_558_742) >> 11)
                    * 0x1.0p-53)
            for _ in 0..<10_000 {
                let value = generator.nextUnitDouble()
                #expect(value >= 0 && value < 1)
            }
        }

        @Test func sameSeedSameSequenceOtherSeedOtherSequence() {
            var one = SeededGenerator(seed: 2013)
            var again = SeededGenerator(seed: 2013)
            var other = SeededGenerator(seed: 2014)
            let first = (0..<8).map { _ in one.next() }
            #expect(first == (0..<8).map { _ in again.next() })
            #expect(first != (0..<8).map { _ in other.next() })
        }
    }
}
