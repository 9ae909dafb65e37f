using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Ports.Sources;

/// <summary>
/// Opens a file on Linux without ever blocking and tells its type, through two libc calls that .NET does not expose.
/// </summary>
/// <remarks>
/// <para>
/// .NET's <see cref="FileStream"/> and <see cref="File.OpenHandle"/> call <c>open(2)</c> without <c>O_NONBLOCK</c>, and
/// opening a FIFO for reading blocks in the kernel until some process opens it for writing: a services path that is a
/// FIFO would hang the caller forever (and <see cref="PortRegistry.Default"/> would hang every later caller). So the
/// file is opened here with <c>O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY</c>, which returns at once for any file type,
/// and its type is then read from the open descriptor with <c>statx(fd, "", AT_EMPTY_PATH, STATX_TYPE)</c>,
/// so nothing can swap the file between the check and the read. <c>statx</c> is used rather than <c>fstat</c> because
/// <c>struct statx</c> has one layout on every architecture (<c>struct stat</c> differs between x64, arm64 and 32-bit),
/// and only <c>stx_mode</c> (offset 28) is read. The flag values are the generic Linux ones, the same on x64, arm64,
/// arm and riscv64. For a regular file <c>O_NONBLOCK</c> changes nothing. The calls go through source-generated
/// <see cref="LibraryImportAttribute"/> stubs, so they work with trimming and Native AOT.
/// </para>
/// <para>
/// The library is named by glibc's file name, <c>libc.so.6</c>, and searched for only where the system loader looks,
/// so that the runtime binds to the libc already loaded at once. Named <c>libc</c>, it first tried about fifteen other
/// files (<c>libc.so</c>, a linker script that cannot be loaded, then <c>liblibc.so</c> in every library folder) before
/// its last guess, <c>libc</c>, was mapped to glibc: about 1 ms at the first load of a native <c>portreg</c>. musl's
/// loader answers <c>libc.so.6</c> with itself (as it does any <c>libc.*</c> name). A native program can bind the
/// calls when it is linked (<c>DirectPInvoke</c> of <c>libc.so.6</c>, as <c>portreg</c> does).
/// </para>
/// <para>
/// Where <c>statx</c> is missing (musl before 1.2.5, kernels before 4.11, seccomp filters that refuse it),
/// <see cref="GetFileType"/> says so and the caller reads the file anyway: thanks to <c>O_NONBLOCK</c> a FIFO then reads
/// as empty or fails with <c>EAGAIN</c>, and a device reads only up to the size limit, so nothing blocks or grows
/// without bound.
/// </para>
/// </remarks>
internal static partial class LinuxFile
{
    /// <summary>The mask of the file type bits of a mode (<c>S_IFMT</c>).</summary>
    public const int TypeMask = 0xF000;

    /// <summary>A regular file (<c>S_IFREG</c>).</summary>
    public const int RegularFile = 0x8000;

    /// <summary>A directory (<c>S_IFDIR</c>).</summary>
    public const int Directory = 0x4000;

    /// <summary>A FIFO, or named pipe (<c>S_IFIFO</c>).</summary>
    public const int Fifo = 0x1000;

    /// <summary>A character device such as <c>/dev/zero</c> (<c>S_IFCHR</c>).</summary>
    public const int CharacterDevice = 0x2000;

    /// <summary>A block device (<c>S_IFBLK</c>).</summary>
    public const int BlockDevice = 0x6000;

    /// <summary>A socket (<c>S_IFSOCK</c>).</summary>
    public const int Socket = 0xC000;

    private const int OpenReadOnlyNonBlocking = 0x0 /* O_RDONLY */ | 0x100 /* O_NOCTTY */ | 0x800 /* O_NONBLOCK */ | 0x80000 /* O_CLOEXEC */;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const int EINTR = 4;

    /// <summary>Opens a file for reading without blocking, whatever its type.</summary>
    /// <param name="path">The path; symbolic links are followed.</param>
    /// <param name="errno">The error number when the file could not be opened, otherwise 0.</param>
    /// <returns>The open file, or <see langword="null"/> with <paramref name="errno"/> set.</returns>
    public static SafeFileHandle? OpenNonBlocking(string path, out int errno)
    {
        while (true)
        {
            int fd = Open(path, OpenReadOnlyNonBlocking, 0);
            if (fd >= 0)
            {
                errno = 0;
                return new SafeFileHandle(fd, ownsHandle: true);
            }

            errno = Marshal.GetLastPInvokeError();
            if (errno != EINTR)
            {
                return null;
            }
        }
    }

    /// <summary>Reads the type of an open file (the <c>S_IFMT</c> bits of its mode).</summary>
    /// <param name="handle">The open file.</param>
    /// <returns>One of the type constants of this class, or <see langword="null"/> when <c>statx</c> is not available here.</returns>
    public static int? GetFileType(SafeFileHandle handle)
    {
        bool added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            int fd = (int)handle.DangerousGetHandle();
            int result;
            Statx buffer;
            do
            {
                result = StatxCall(fd, string.Empty, AtEmptyPath, StatxType, out buffer);
            }
            while (result != 0 && Marshal.GetLastPInvokeError() == EINTR);

            return result == 0 && (buffer.Mask & StatxType) != 0 ? buffer.Mode & TypeMask : null;
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    /// <summary>Names a file type for an error message.</summary>
    /// <param name="type">A type constant.</param>
    /// <returns>For example <c>a FIFO (named pipe)</c>.</returns>
    public static string Describe(int type) => type switch
    {
        Directory => "a directory",
        Fifo => "a FIFO (named pipe)",
        CharacterDevice => "a character device",
        BlockDevice => "a block device",
        Socket => "a socket",
        _ => $"a file of type 0x{type:X4}",
    };

    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    [LibraryImport("libc.so.6", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags, int mode);

    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    [LibraryImport("libc.so.6", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int StatxCall(int directoryFd, string path, int flags, uint mask, out Statx buffer);

    /// <summary>The start of <c>struct statx</c> (256 bytes in all); the same on every Linux architecture.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct Statx
    {
        [FieldOffset(0)]
        public uint Mask;

        [FieldOffset(28)]
        public ushort Mode;
    }
}
