using ClaimTracker.LoadHarness;

// Usage: dotnet run -c Release --project tests/ClaimTracker.LoadHarness -- [circuits] [seconds] [think-ms]
var circuits = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 50;
var seconds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60;
var thinkMs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000;
if (circuits is < 2 or > 1000 || seconds is < 5 or > 3600)
{
    await Console.Error.WriteLineAsync("circuits: 2..1000, seconds: 5..3600");
    return 2;
}

var report = await LoadRun.RunAsync(new LoadSettings(circuits, TimeSpan.FromSeconds(seconds), TimeSpan.FromMilliseconds(thinkMs)));
Console.WriteLine(report);
return report.LostWrites == 0 ? 0 : 1;
