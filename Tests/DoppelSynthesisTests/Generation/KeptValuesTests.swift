import DoppelCore
import Testing
@testable import DoppelSynthesis

@Suite struct KeptValuesTests {
    @Test func keepsTheColumnsAskedForRowByRow() {
        var kept = KeptValues()
        kept.keep("price", at: 1)
        kept.keep("price", at: 1)
        kept.keep("name", at: 2)
        kept.record([.integer(1), .real(0.99), .text("a")])
        kept.record([.integer(2), .real(1.99), .text("b")])
        #expect(kept.keeps("price") && kept.keeps("name") && !kept.keeps("id"))
        #expect(kept.value(of: "price", at: 0) == .real(0.99))
        #expect(kept.value(of: "price", at: 1) == .real(1.99))
        #expect(kept.value(of: "name", at: 1) == .text("b"))
        #expect(kept.value(of: "price", at: 2) == nil)
        #expect(kept.value(of: "price", at: -1) == nil)
        #expect(kept.value(of: "id", at: 0) == nil)
    }
}
