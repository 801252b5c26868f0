fn main() {
    career_explorer::start_standalone();
}
