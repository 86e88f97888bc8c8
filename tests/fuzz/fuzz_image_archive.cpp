// libFuzzer target: the input as an images.tar, indexed by TarIndex and read by ImageArchive
// (manifest.json / index.json / OCI layouts and the image configs). Error is the documented way
// to refuse input; any other exception escaping is a bug and aborts, so the fuzzer reports it.

#include "FuzzInput.h"

#include "bundle/ImageArchive.h"
#include "bundle/TarIndex.h"
#include "util/Error.h"
#include "util/FileRange.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    DceUpgrade::Fuzz::initialiseApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace DceUpgrade;
    static Fuzz::InputFile input;
    const QString &path = input.write(data, size);
    try {
        const TarIndex index = TarIndex::build(FileRange::openFile(path), QStringLiteral("fuzz"));
        const ImageArchive archive = ImageArchive::read(index);
        (void)archive.uniqueBlobBytes();
        (void)ImageArchive::formatName(archive.format());
    } catch (const Error &) {
        // refused with a message for the user: the expected outcome for most inputs
    }
    return 0;
}
