/// Which person stands on which point of a construction.
enum Relabeling {
    /// A person number for every point; a seeded shuffle, so different seeds give different rotations.
    static func assign(_ rounds: [[[Int]]], problem: RotationProblem, random: inout SeededRandom) -> [Int] {
        var label = Array(0..<problem.people)
        random.shuffle(&label)
        return label
    }
}
