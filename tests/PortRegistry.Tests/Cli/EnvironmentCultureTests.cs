using Ports.Cli;

namespace Ports.Tests.Cli;

/// <summary>The user's language read from LC_ALL, LC_MESSAGES and LANG, for a tool that runs without ICU.</summary>
public sealed class EnvironmentCultureTests
{
    [Theory]
    [InlineData(null, null, "ja_JP.UTF-8", "ja")]
    [InlineData("", "", "ja_JP.UTF-8", "ja")]
    [InlineData(null, "en_US.UTF-8", "ja_JP.UTF-8", "en")]
    [InlineData("ja_JP.eucJP@x", "en_US.UTF-8", "en_US.UTF-8", "ja")]
    [InlineData("C.UTF-8", null, "ja_JP.UTF-8", null)]
    [InlineData("POSIX", null, null, null)]
    [InlineData(null, null, null, null)]
    public void FromEnvironment_Variables_Language(string? all, string? messages, string? lang, string? expected)
    {
        var variables = new Dictionary<string, string?> { ["LC_ALL"] = all, ["LC_MESSAGES"] = messages, ["LANG"] = lang };

        Assert.Equal(expected, EnvironmentCulture.FromEnvironment(name => variables[name])?.Name);
    }
}
