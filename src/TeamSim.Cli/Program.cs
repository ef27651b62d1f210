using TeamSim.Cli;

return TeamSimCli.Run(args, Console.Out, Console.Error);
