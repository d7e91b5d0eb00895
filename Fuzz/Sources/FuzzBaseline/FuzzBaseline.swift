import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzSupport.baseline(data, size)
}

/// SwiftPM links an executable's entry point as `FuzzBaseline_main`: hand control to libFuzzer's driver.
@_cdecl("FuzzBaseline_main")
func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzSupport.run(argc, argv, fuzz)
}
