using System.Globalization;
using BenchmarkDotNet.Running;
using TeamSim.Benchmarks;

// Two modes:
//   dotnet run -c Release --project tests/TeamSim.Benchmarks -- [BenchmarkDotNet options, e.g. --filter '*' --job dry]
//   dotnet run -c Release --project tests/TeamSim.Benchmarks -- scaling [output folder]
//   dotnet run -c Release --project tests/TeamSim.Benchmarks -- scaling-cpu [output folder]
//   dotnet run -c Release --project tests/TeamSim.Benchmarks -- profile N ticks [index|scan]
//   dotnet run -c Release --project tests/TeamSim.Benchmarks -- sweep-speedup [ticks] [rounds]
//   dotnet run -c Release --project tests/TeamSim.Benchmarks -- sweep-passes <sweep.json> <threads> <passes>
//   dotnet run -c Release --project tests/TeamSim.Benchmarks -- calibration [--replications N] [--write PATH]
//   dotnet run -c Release --project tests/TeamSim.Benchmarks -- memory [--write PATH] [--peaks CSV] [--from CSV]
// "scaling" runs the team benchmark and writes the scaling table and plot (docs/images by default);
// "scaling-cpu" does the same in process CPU time per tick (steadier on a shared machine);
// "profile" steps one team with a stopwatch, for profilers ("index"/"scan" force the large-team
// indexes on or off; by default teams of TeamModel.IndexMinSize or more use them);
// "sweep-speedup" times the sweep runner on 1 thread pinned to each core and on 2 threads, in rounds (ticks 100 or 1);
// "sweep-passes" runs a sweep file several times in one process (first pass cold, then steady);
// "calibration" computes the measured column of docs/CALIBRATION.md (prints it; --write replaces it in a file);
// "memory" runs 'teamsim run' cases in child processes and tables estimated against peak memory.
if (args.Length > 0 && args[0] is "scaling" or "scaling-cpu")
{
    string folder = args.Length > 1 ? args[1] : Path.Combine("docs", "images");
    return ScalingReport.Run(folder, cpuTime: args[0] == "scaling-cpu");
}

if (args.Length is 3 or 4 && args[0] == "profile")
{
    bool? useIndexes = args.Length == 4 ? args[3] == "index" : null;
    return ProfileRun.Run(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture), useIndexes);
}

if (args.Length is >= 1 and <= 3 && args[0] == "sweep-speedup")
{
    int ticks = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
    return SweepSpeedup.Run(ticks, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 15);
}

if (args.Length == 4 && args[0] == "sweep-passes")
{
    return SweepPasses.Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
}

if (args.Length >= 1 && args[0] == "calibration")
{
    return CalibrationTable.Run(args[1..]);
}

if (args.Length >= 1 && args[0] == "memory")
{
    return MemoryPeaks.Run(args[1..]);
}

if (args.Length == 6 && args[0] == "memory-case")
{
    return MemoryPeaks.RunChild(args[1..]);
}

var (config, switcherArgs) = BenchmarkSetup.FromCommandLine(args);
BenchmarkSwitcher.FromAssembly(typeof(TeamScalingBenchmarks).Assembly).Run(switcherArgs, config);
return 0;
