namespace Ports.Tests.Infrastructure;

/// <summary>Measures what one call allocates on the current thread.</summary>
internal static class Allocations
{
    /// <summary>
    /// Calls <paramref name="action"/> once to warm it up (JIT, lazily built indexes), then counts the bytes the second
    /// call allocates on this thread.
    /// </summary>
    /// <typeparam name="T">What the call returns.</typeparam>
    /// <param name="action">The call.</param>
    /// <param name="result">What the measured call returned.</param>
    /// <returns>The bytes allocated by the measured call.</returns>
    public static long Of<T>(Func<T> action, out T result)
    {
        _ = action();
        long before = GC.GetAllocatedBytesForCurrentThread();
        result = action();
        long after = GC.GetAllocatedBytesForCurrentThread();
        return after - before; // result is written to the caller's variable, so the call cannot be optimised away

    }
}
