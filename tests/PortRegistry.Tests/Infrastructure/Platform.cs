namespace Ports.Tests.Infrastructure;

/// <summary>What a test needs of the system it runs on.</summary>
internal static class Platform
{
    /// <summary>Skips the test, saying why, where the system is not Linux.</summary>
    /// <param name="why">Why the test needs Linux, as the skip reason.</param>
    public static void RequireLinux(string why)
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip(why);
        }
    }
}
