fn main() {
    article_explorer::start();
}
