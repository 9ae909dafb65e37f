using Ports.Cli.Parsing;

namespace Ports.Tests.Cli.Parsing;

/// <summary>The tool's hand-written command-line parser: where options may go, values, <c>--</c>, and every usage error.</summary>
public sealed class ArgumentParserTests
{
    [Theory]
    [InlineData("--file", "F", "--lang", "ja", "getent", "80")]
    [InlineData("getent", "80", "--file", "F", "--lang", "ja")]
    [InlineData("getent", "--file", "F", "80", "--lang", "ja")]
    [InlineData("--lang=ja", "getent", "--file=F", "80")]
    public void Parse_GlobalOptionsBeforeOrAfterTheCommand_SameMeaning(params string[] args)
    {
        ParsedArguments parsed = ArgumentParser.Parse(args);

        Assert.Empty(parsed.Errors);
        Assert.Equal(CommandKind.Getent, parsed.Command);
        Assert.Equal("F", parsed.File);
        Assert.Equal("ja", parsed.Language);
        Assert.Equal(["80"], parsed.Keys);
    }

    [Fact]
    public void Parse_CommandOptionBeforeTheCommand_Unrecognized()
    {
        ParsedArguments parsed = ArgumentParser.Parse(["-l", "connections"]);

        Assert.Equal(CommandKind.Connections, parsed.Command);
        Assert.Equal(["Unrecognized option '-l'."], parsed.Errors);
    }

    [Fact]
    public void Parse_DoubleDash_LaterArgumentsAreKeys()
    {
        ParsedArguments parsed = ArgumentParser.Parse(["getent", "--", "-x", "--help", "--file", "80"]);

        Assert.Empty(parsed.Errors);
        Assert.False(parsed.Help);
        Assert.Null(parsed.File);
        Assert.Equal(["-x", "--help", "--file", "80"], parsed.Keys);
    }

    [Fact]
    public void Parse_DoubleDashBeforeTheCommand_CommandNameIsAnArgument()
    {
        ParsedArguments parsed = ArgumentParser.Parse(["--", "getent"]);

        Assert.Equal(CommandKind.None, parsed.Command);
        Assert.Equal(["Unrecognized command or argument 'getent'."], parsed.Errors);
    }

    [Fact]
    public void Parse_SingleDashAndCommandNames_AreKeys()
    {
        ParsedArguments parsed = ArgumentParser.Parse(["getent", "-", "lookup", "@x"]);

        Assert.Empty(parsed.Errors);
        Assert.Equal(["-", "lookup", "@x"], parsed.Keys);
    }

    [Theory]
    [InlineData("Unrecognized option '--bogus'.", "lookup", "--bogus", "80")]
    [InlineData("Unrecognized option '-x'.", "getent", "-x")]
    [InlineData("Unrecognized option '-5'.", "lookup", "-5")]
    [InlineData("Unrecognized option '--bogus'.", "--bogus", "getent")]
    [InlineData("Unrecognized option '-x'.", "connections", "-x")]
    [InlineData("Unrecognized option '-lx'.", "connections", "-lx")]
    [InlineData("Unrecognized option '--json'.", "getent", "--json")]
    [InlineData("Unrecognized option '--port'.", "lookup", "--port", "80")]
    [InlineData("Unrecognized option '--version'.", "lookup", "80", "--version")]
    [InlineData("Unrecognized command or argument 'extra'.", "connections", "extra")]
    public void Parse_UnknownOptionOrArgument_OneError(string error, params string[] args)
        => Assert.Equal(error, ArgumentParser.Parse(args).Errors[0]);

    [Fact]
    public void Parse_UnknownCommand_OneError()
    {
        ParsedArguments parsed = ArgumentParser.Parse(["frob"]);

        Assert.Equal(CommandKind.None, parsed.Command);
        Assert.Equal(["Unrecognized command or argument 'frob'."], parsed.Errors);
    }

    [Fact]
    public void Parse_NoCommand_RequiredCommandError()
        => Assert.Equal(["Required command was not provided."], ArgumentParser.Parse([]).Errors);

    [Fact]
    public void Parse_LookupWithoutKey_RequiredArgumentError()
        => Assert.Equal(["Required argument missing for command: 'lookup'."], ArgumentParser.Parse(["lookup", "--json"]).Errors);

    [Fact]
    public void Parse_GetentWithoutKey_Valid()
    {
        ParsedArguments parsed = ArgumentParser.Parse(["getent"]);

        Assert.Empty(parsed.Errors);
        Assert.Empty(parsed.Keys);
    }

    [Theory]
    [InlineData("--file")]
    [InlineData("--lang")]
    [InlineData("--port")]
    [InlineData("--service")]
    [InlineData("--state")]
    public void Parse_ValueMissingAtTheEnd_RequiredArgumentError(string option)
        => Assert.Contains($"Required argument missing for option: '{option}'.", ArgumentParser.Parse(["connections", option]).Errors);

    [Fact]
    public void Parse_ValueFollowedByAKnownOption_MissingAndTheOptionStillRead()
    {
        ParsedArguments parsed = ArgumentParser.Parse(["connections", "--service", "--json"]);

        Assert.Equal(["Required argument missing for option: '--service'."], parsed.Errors);
        Assert.True(parsed.Json);
        Assert.Null(parsed.Service);
    }

    [Fact]
    public void Parse_ValueThatStartsWithADash_TakenAsTheValue()
    {
        ParsedArguments parsed = ArgumentParser.Parse(["--file", "-odd-name", "getent"]);

        Assert.Empty(parsed.Errors);
        Assert.Equal("-odd-name", parsed.File);
    }

    [Fact]
    public void Parse_EmptyValueAfterEquals_KeptForTheCommandToReject()
    {
        ParsedArguments parsed = ArgumentParser.Parse(["--file=", "getent"]);

        Assert.Empty(parsed.Errors);
        Assert.Equal(string.Empty, parsed.File);
    }

    [Theory]
    [InlineData("http")]
    [InlineData("70000")]
    [InlineData("-1")]
    [InlineData("+80")]
    [InlineData(" 80")]
    [InlineData("")]
    [InlineData("99999999999")]
    public void Parse_BadPortNumber_Error(string port)
        => Assert.Equal(
            [$"--port needs a port number from 0 to 65535, not '{port}'."],
            ArgumentParser.Parse(["connections", "--port", port]).Errors);

    [Theory]
    [InlineData("0", 0)]
    [InlineData("65535", 65535)]
    [InlineData("00443", 443)]
    public void Parse_PortNumber_Read(string port, int expected)
        => Assert.Equal(expected, ArgumentParser.Parse(["connections", $"--port={port}"]).Port);

    [Theory]
    [InlineData("time-wait", "TIME_WAIT")]
    [InlineData("listen", "LISTEN")]
    [InlineData("LISTENING", "LISTEN")]
    [InlineData("unconn", "UNCONN")]
    public void Parse_State_NamedAsTheTableNamesIt(string state, string expected)
        => Assert.Equal(expected, ArgumentParser.Parse(["connections", "--state", state]).State);

    [Fact]
    public void Parse_BadState_ErrorListsTheStates()
        => Assert.StartsWith("--state needs one of ESTABLISHED, ", Assert.Single(ArgumentParser.Parse(["connections", "--state", "bogus"]).Errors), StringComparison.Ordinal);

    [Theory]
    [InlineData("fr")]
    [InlineData("JA")]
    public void Parse_UnsupportedLanguage_Error(string language)
        => Assert.Equal(
            [$"Argument '{language}' not recognized. Must be one of:\n\t'ja'\n\t'en'"],
            ArgumentParser.Parse(["--lang", language, "lookup", "80"]).Errors);

    [Theory]
    [InlineData("--port", "1", "--port", "2")]
    [InlineData("--file", "a", "--file", "a")]
    [InlineData("--lang", "en", "--lang", "ja")]
    public void Parse_ValueOptionRepeated_Error(params string[] options)
        => Assert.Equal(
            [$"Option '{options[0]}' expects a single argument but 2 were provided."],
            ArgumentParser.Parse(["connections", .. options]).Errors);

    [Fact]
    public void Parse_FlagRepeated_CountsOnce()
    {
        ParsedArguments parsed = ArgumentParser.Parse(["--embedded", "connections", "--json", "--json", "-l", "--listening", "--embedded"]);

        Assert.Empty(parsed.Errors);
        Assert.True(parsed.Embedded);
        Assert.True(parsed.Json);
        Assert.True(parsed.Listening);
    }

    [Fact]
    public void Parse_BundledShortFlags_EachSet()
    {
        ParsedArguments parsed = ArgumentParser.Parse(["connections", "-ltu"]);

        Assert.Empty(parsed.Errors);
        Assert.True(parsed.Listening && parsed.Tcp && parsed.Udp);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("False", false)]
    public void Parse_FlagWithBooleanValue_Read(string value, bool expected)
    {
        ParsedArguments parsed = ArgumentParser.Parse(["lookup", "80", $"--json={value}"]);

        Assert.Empty(parsed.Errors);
        Assert.Equal(expected, parsed.Json);
    }

    [Fact]
    public void Parse_FlagWithOtherValue_Error()
        => Assert.Equal(
            ["Option '--json' takes no value: 'yes' is neither true nor false."],
            ArgumentParser.Parse(["lookup", "80", "--json=yes"]).Errors);

    [Theory]
    [InlineData("None", "--help")]
    [InlineData("None", "-h", "frob")]
    [InlineData("Lookup", "lookup", "-?")]
    [InlineData("Lookup", "lookup", "--bogus", "--help")]
    [InlineData("Getent", "--help", "getent", "--file")]
    [InlineData("Connections", "connections", "--port", "x", "-h")]
    [InlineData("Connections", "connections", "-lh")]
    public void Parse_Help_AtEveryLevelWhateverElseTheLineHolds(string command, params string[] args)
    {
        ParsedArguments parsed = ArgumentParser.Parse(args);

        Assert.True(parsed.Help);
        Assert.Equal(command, parsed.Command.ToString());
    }

    [Fact]
    public void Parse_FileAndEmbedded_Error()
        => Assert.Equal(["--file and --embedded cannot be used together."], ArgumentParser.Parse(["getent", "--embedded", "--file", "x"]).Errors);

    [Fact]
    public void Parse_VersionAlone_Version()
    {
        ParsedArguments parsed = ArgumentParser.Parse(["--version"]);

        Assert.True(parsed.Version);
        Assert.Empty(parsed.Errors);
    }

    [Fact]
    public void Parse_VersionWithACommand_Error()
        => Assert.Equal(["--version option cannot be combined with other arguments."], ArgumentParser.Parse(["--version", "lookup", "80"]).Errors);

    [Fact]
    public void Parse_UnrecognizedTokenInAnError_Escaped()
        => Assert.Equal(["Unrecognized option '--\\x1b]0;x\\x07'."], ArgumentParser.Parse(["getent", "--\u001B]0;x\u0007"]).Errors);
}
