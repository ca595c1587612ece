//! The yardstick for start-up and memory: a bare eframe window with the
//! app's eframe features, size and title, and nothing in it but a label.
//! Timed beside the app from outside (exec to the window on screen, peak
//! memory): `cargo build --release --example bare_window`.

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Bare window")
            .with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    eframe::run_native("bare_window", options, Box::new(|_cc| Ok(Box::new(Bare))))
}

struct Bare;

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("A bare window");
        });
    }
}
