import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzSupport.ingest(data, size, format: .otlp)
}

/// SwiftPM links an executable's entry point as `FuzzOTLP_main`: hand control to libFuzzer's driver.
@_cdecl("FuzzOTLP_main")
func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzSupport.run(argc, argv, fuzz)
}
