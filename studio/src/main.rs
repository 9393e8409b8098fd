fn main() {
    explorer_studio::start();
}
