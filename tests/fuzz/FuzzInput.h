#pragma once

// The fuzz input as a file on disk, since the readers take a path: one memfd (or, where there is
// none, one temporary file) per process, rewritten for every input. Reads are positional, so a
// FileRange opened on the path sees exactly the input's bytes.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace DceUpgrade::Fuzz {

class InputFile
{
public:
    InputFile()
    {
        m_fd = ::memfd_create("dce-fuzz-input", MFD_CLOEXEC);
        if (m_fd >= 0) {
            m_path = QStringLiteral("/proc/self/fd/%1").arg(m_fd);
            return;
        }
        // A private directory, so ChecksumFile::findFor finds no .sha*sum beside the input.
        const char *tmp = std::getenv("TMPDIR");
        QByteArray dir = QByteArray(tmp && *tmp ? tmp : "/tmp") + "/dce-fuzz.XXXXXX";
        if (::mkdtemp(dir.data()) == nullptr) {
            fail("mkdtemp");
        }
        const QByteArray file = dir + "/input.tar";
        m_fd = ::open(file.constData(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (m_fd < 0) {
            fail("open");
        }
        m_path = QString::fromLocal8Bit(file);
    }
    InputFile(const InputFile &) = delete;
    InputFile &operator=(const InputFile &) = delete;

    // Replaces the file's contents with the input; returns the path to open.
    const QString &write(const uint8_t *data, size_t size)
    {
        if (::ftruncate(m_fd, 0) != 0) {
            fail("ftruncate");
        }
        size_t done = 0;
        while (done < size) {
            const ssize_t n = ::pwrite(m_fd, data + done, size - done, off_t(done));
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                fail("pwrite");
            }
            done += size_t(n);
        }
        return m_path;
    }

private:
    [[noreturn]] static void fail(const char *what)
    {
        std::fprintf(stderr, "fuzz harness: %s failed: %s\n", what, std::strerror(errno));
        std::abort();
    }

    int m_fd = -1;
    QString m_path;
};

// The readers run inside a QCoreApplication in the CLI and the wizard; do the same here.
inline void initialiseApplication(int *argc, char ***argv)
{
    static QCoreApplication *app = new QCoreApplication(*argc, *argv);
    (void)app;
}

} // namespace DceUpgrade::Fuzz
