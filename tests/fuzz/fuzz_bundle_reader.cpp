// libFuzzer target: a whole offline package or bundle through PackageReader::open, as `inspect`
// and the wizard read it. Error is the documented way to refuse input; any other exception
// escaping (yaml-cpp's, std::bad_alloc, ...) is a bug and aborts, so the fuzzer reports it.

#include "FuzzInput.h"

#include "bundle/PackageReader.h"
#include "util/Error.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    DceUpgrade::Fuzz::initialiseApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static DceUpgrade::Fuzz::InputFile input;
    const QString &path = input.write(data, size);
    try {
        const DceUpgrade::Package package = DceUpgrade::PackageReader::open(path);
        // Touch what a caller shows, so lazily computed values are exercised too.
        for (const auto &bundle : package.bundles) {
            (void)bundle->images.uniqueBlobBytes();
            (void)package.bundleForChart(bundle->chart.name);
        }
    } catch (const DceUpgrade::Error &) {
        // refused with a message for the user: the expected outcome for most inputs
    }
    return 0;
}
