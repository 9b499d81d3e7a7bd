// swift-tools-version: 6.1
import PackageDescription

let strictness: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

// Linux is what CI builds and tests (the code reads /proc and calls malloc_trim), so no Apple platform is declared.
let package = Package(
    name: "Doppel",
    products: [
        .executable(name: "doppel", targets: ["doppel"]),
        .library(name: "DoppelEngine", targets: ["DoppelEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // `swift package generate-documentation --target DoppelEngine` builds the DocC catalog.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        .target(
            name: "DoppelCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictness
        ),
        .target(
            name: "DoppelSQLite",
            dependencies: ["DoppelCore", "CSQLite"],
            swiftSettings: strictness
        ),
        .target(
            name: "DoppelPostgres",
            dependencies: ["DoppelCore", "CLibPQ"],
            swiftSettings: strictness
        ),
        .target(
            name: "DoppelPolicy",
            dependencies: ["DoppelCore", "Yams"],
            swiftSettings: strictness
        ),
        .target(
            name: "DoppelFakers",
            dependencies: ["DoppelCore"],
            resources: [.copy("Resources")],
            swiftSettings: strictness
        ),
        .target(
            name: "DoppelMasking",
            dependencies: [
                "DoppelCore", "DoppelPolicy", "DoppelFakers",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: strictness
        ),
        .target(
            name: "DoppelDetection",
            dependencies: ["DoppelCore", "DoppelPolicy", "DoppelFakers"],
            exclude: ["SOURCES.md"],
            swiftSettings: strictness
        ),
        .target(
            name: "DoppelSynthesis",
            dependencies: [
                "DoppelCore", "DoppelPolicy", "DoppelFakers", "DoppelMasking",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HeapModule", package: "swift-collections"),
            ],
            swiftSettings: strictness
        ),
        .target(
            name: "DoppelMigrations",
            path: "Migrations",
            exclude: ["README.md"],
            resources: [.copy("SQL")],
            swiftSettings: strictness
        ),
        .target(
            name: "DoppelBundledPolicies",
            path: "Policies",
            exclude: ["README.md", "chinook.yaml", "chinook_postgres.yaml", "chinook_synthesize.yaml", "policy.schema.json"],
            resources: [.copy("demo.yaml")],
            swiftSettings: strictness
        ),
        .target(
            name: "DoppelConnectors",
            dependencies: ["DoppelCore", "DoppelSQLite", "DoppelPostgres"],
            swiftSettings: strictness
        ),
        .target(
            name: "DoppelLedger",
            dependencies: ["DoppelCore", "DoppelSQLite", "DoppelMigrations"],
            swiftSettings: strictness
        ),
        .target(
            name: "DoppelEngine",
            dependencies: [
                "DoppelCore", "DoppelConnectors", "DoppelLedger", "DoppelPolicy", "DoppelFakers", "DoppelMasking", "DoppelSynthesis", "DoppelDetection",
                "DoppelSQLite",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HeapModule", package: "swift-collections"),
            ],
            swiftSettings: strictness
        ),
        .target(
            name: "DoppelDemo",
            dependencies: [
                "DoppelEngine", "DoppelCore", "DoppelSQLite", "DoppelFakers", "DoppelMasking",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictness
        ),
        .target(
            name: "DoppelReport",
            dependencies: ["DoppelCore"],
            swiftSettings: strictness
        ),
        .executableTarget(
            name: "doppel",
            dependencies: [
                "DoppelCore", "DoppelEngine", "DoppelConnectors", "DoppelLedger", "DoppelDemo", "DoppelReport", "DoppelBundledPolicies",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictness
        ),
        .target(
            name: "DoppelTestSupport",
            dependencies: ["DoppelCore", "DoppelSQLite", "DoppelPostgres"],
            path: "Tests/DoppelTestSupport",
            swiftSettings: strictness
        ),
        .testTarget(name: "DoppelCoreTests", dependencies: ["DoppelCore", "DoppelTestSupport"], swiftSettings: strictness),
        .testTarget(name: "DoppelSQLiteTests", dependencies: ["DoppelSQLite", "DoppelTestSupport"], swiftSettings: strictness),
        .testTarget(name: "DoppelPostgresTests", dependencies: ["DoppelPostgres", "DoppelTestSupport"], swiftSettings: strictness),
        .testTarget(name: "DoppelPolicyTests", dependencies: ["DoppelPolicy", "DoppelTestSupport"], swiftSettings: strictness),
        .testTarget(name: "DoppelFakersTests", dependencies: ["DoppelFakers", "DoppelTestSupport"], swiftSettings: strictness),
        .testTarget(
            name: "DoppelMaskingTests",
            dependencies: ["DoppelMasking", "DoppelFakers", "DoppelTestSupport", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictness
        ),
        .testTarget(name: "DoppelDetectionTests", dependencies: ["DoppelDetection", "DoppelPolicy", "DoppelCore"], swiftSettings: strictness),
        .testTarget(
            name: "DoppelSynthesisTests",
            dependencies: ["DoppelSynthesis", "DoppelMasking", "DoppelFakers", "DoppelTestSupport", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "DoppelEngineTests",
            dependencies: [
                "DoppelEngine", "DoppelConnectors", "DoppelLedger", "DoppelMigrations", "DoppelPostgres", "DoppelPolicy", "DoppelMasking", "DoppelFakers", "DoppelSynthesis", "DoppelReport", "DoppelSQLite", "DoppelDetection", "DoppelTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "InMemoryLogging", package: "swift-log"),
            ],
            swiftSettings: strictness),
        .testTarget(
            name: "DoppelLedgerTests",
            dependencies: ["DoppelLedger", "DoppelMigrations", "DoppelTestSupport"],
            swiftSettings: strictness),
        .testTarget(
            name: "DoppelDemoTests",
            dependencies: ["DoppelDemo", "DoppelEngine", "DoppelTestSupport", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strictness),
        .testTarget(
            name: "DoppelReportTests",
            dependencies: ["DoppelReport", "DoppelSQLite", "DoppelTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "doppelTests",
            dependencies: ["doppel", "DoppelTestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            swiftSettings: strictness),
    ]
)
