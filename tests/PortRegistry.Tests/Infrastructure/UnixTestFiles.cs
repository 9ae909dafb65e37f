using System.Runtime.InteropServices;

namespace Ports.Tests.Infrastructure;

/// <summary>Linux file tricks for the hostile-input tests: FIFOs, and acting as another user on one thread.</summary>
internal static partial class UnixTestFiles
{
    /// <summary>The user id of <c>nobody</c> on Debian and most Linux systems.</summary>
    public const uint Nobody = 65534;

    /// <summary>Creates a FIFO (named pipe), or skips the test where that is not possible.</summary>
    /// <param name="path">Where.</param>
    public static void RequireFifo(string path)
    {
        Platform.RequireLinux("FIFOs are tested on Linux only.");

        if (MakeFifo(path, 0x1B6 /* 0666 */) != 0)
        {
            Assert.Skip($"mkfifo failed with errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> on a new thread whose file system user id is <paramref name="uid"/>, so that
    /// permission checks apply even when the tests run as root: <c>setfsuid(2)</c> changes only the calling thread, and
    /// moving it away from 0 drops the thread's CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (capabilities(7)).
    /// </summary>
    /// <param name="uid">The user id.</param>
    /// <param name="action">What to run.</param>
    public static void RunAsFileSystemUser(uint uid, Action action)
    {
        Platform.RequireLinux("setfsuid is Linux only.");

        Exception? failure = null;
        bool switched = false;
        var thread = new Thread(() =>
        {
            uint previous = (uint)SetFsUid(uid);
            try
            {
                // setfsuid with an invalid id changes nothing and returns the current one.
                switched = (uint)SetFsUid(uint.MaxValue) == uid;
                if (switched)
                {
                    action();
                }
            }
#pragma warning disable CA1031 // Rethrown on the test's thread below.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failure = ex;
            }
            finally
            {
                _ = SetFsUid(previous);
            }
        });
        thread.Start();
        thread.Join();
        if (!switched)
        {
            Assert.Skip($"setfsuid({uid}) did not take effect (no CAP_SETUID).");
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    [LibraryImport("libc", EntryPoint = "mkfifo", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int MakeFifo(string path, uint mode);

    [LibraryImport("libc", EntryPoint = "setfsuid")]
    private static partial int SetFsUid(uint uid);
}
