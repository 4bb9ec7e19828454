package org.shuzhi.command.internal.resources;

import java.util.List;
import java.util.Locale;
import org.shuzhi.command.internal.FormErrors;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Forms of the supplies registries: warehouses (create, edit), the catalogue (list, add, and
 * changes by emergency staff) and a warehouse's stock lines (add or set quantity, minimum stock and
 * expiry). Saves go through the services (rights, validation, history, audit).
 */
@Controller
class SupplyFormController {

  private final WarehouseService warehouses;
  private final StockService stock;
  private final CurrentUsers users;
  private final FormErrors errors;
  private final String tileUrl;

  SupplyFormController(
      WarehouseService warehouses,
      StockService stock,
      CurrentUsers users,
      FormErrors errors,
      @Value("${shuzhi.map.tile-url:}") String tileUrl) {
    this.warehouses = warehouses;
    this.stock = stock;
    this.users = users;
    this.errors = errors;
    this.tileUrl = tileUrl;
  }

  // --- warehouses ---

  @GetMapping("/command/warehouses/new")
  String newWarehouse(Model model) {
    if (!warehouses.mayWrite(users.require())) {
      throw new AccessDeniedException("read-only role");
    }
    model.addAttribute("form", WarehouseForm.empty());
    model.addAttribute("tileUrl", tileUrl);
    return "command/warehouse-form";
  }

  @PostMapping("/command/warehouses")
  String createWarehouse(@ModelAttribute("form") WarehouseForm form, Model model, Locale locale) {
    try {
      WarehouseView saved = warehouses.create(form.toDraft(), users.require());
      return "redirect:/command/warehouses/" + saved.id();
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", errors.of(e, locale));
      model.addAttribute("tileUrl", tileUrl);
      return "command/warehouse-form";
    }
  }

  @GetMapping("/command/warehouses/{id:\\d+}/edit")
  String editWarehouse(@PathVariable long id, Model model) {
    WarehouseView w = writableWarehouse(id, users.require());
    model.addAttribute("form", WarehouseForm.of(w));
    model.addAttribute("w", w);
    model.addAttribute("tileUrl", tileUrl);
    return "command/warehouse-form";
  }

  @PostMapping("/command/warehouses/{id:\\d+}")
  String updateWarehouse(
      @PathVariable long id,
      @ModelAttribute("form") WarehouseForm form,
      Model model,
      Locale locale) {
    CurrentUser user = users.require();
    try {
      warehouses.update(id, TeamFormController.version(form.version()), form.toDraft(), user);
      return "redirect:/command/warehouses/" + id;
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", errors.of(e, locale));
      model.addAttribute("w", warehouses.get(id, user));
      model.addAttribute("tileUrl", tileUrl);
      return "command/warehouse-form";
    }
  }

  // --- stock lines of a warehouse ---

  @GetMapping("/command/warehouses/{id:\\d+}/stock")
  String stockForm(
      @PathVariable long id, @RequestParam(required = false) String item, Model model) {
    CurrentUser user = users.require();
    WarehouseView w = writableWarehouse(id, user);
    StockForm form = StockForm.empty();
    if (item != null && !item.isBlank()) {
      form =
          stock.search(new StockQuery(null, id, item, null, 0, 1), user).items().stream()
              .findFirst()
              .map(StockForm::of)
              .orElse(new StockForm(item, null, "0", null));
    }
    return stockPage(w, form, null, model, user);
  }

  @PostMapping("/command/warehouses/{id:\\d+}/stock")
  String saveStock(
      @PathVariable long id, @ModelAttribute("form") StockForm form, Model model, Locale locale) {
    CurrentUser user = users.require();
    try {
      stock.save(form.toDraft(id), user);
      return "redirect:/command/warehouses/" + id;
    } catch (InvalidInputException | ConflictException e) {
      return stockPage(warehouses.get(id, user), form, errors.of(e, locale), model, user);
    }
  }

  private String stockPage(
      WarehouseView w, StockForm form, List<String> problems, Model model, CurrentUser user) {
    model.addAttribute("w", w);
    model.addAttribute("form", form);
    model.addAttribute("items", stock.items(user));
    model.addAttribute("errors", problems);
    return "command/stock-form";
  }

  private WarehouseView writableWarehouse(long id, CurrentUser user) {
    WarehouseView w = warehouses.get(id, user);
    if (!warehouses.writable(user, w.townCode())) {
      throw new AccessDeniedException("warehouse outside the user's rights");
    }
    return w;
  }

  // --- catalogue ---

  @GetMapping("/command/supply-items")
  String items(Model model) {
    CurrentUser user = users.require();
    model.addAttribute("items", stock.items(user));
    model.addAttribute("mayWrite", stock.mayWrite(user));
    model.addAttribute("mayEdit", stock.mayWriteCatalogue(user));
    return "command/items";
  }

  @GetMapping("/command/supply-items/new")
  String newItem(Model model) {
    if (!stock.mayWrite(users.require())) {
      throw new AccessDeniedException("read-only role");
    }
    model.addAttribute("form", SupplyItemForm.empty());
    return "command/item-form";
  }

  @PostMapping("/command/supply-items")
  String createItem(@ModelAttribute("form") SupplyItemForm form, Model model, Locale locale) {
    try {
      stock.createItem(form.toDraft(), users.require());
      return "redirect:/command/supply-items";
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", errors.of(e, locale));
      return "command/item-form";
    }
  }

  @GetMapping("/command/supply-items/{code}/edit")
  String editItem(@PathVariable String code, Model model) {
    CurrentUser user = users.require();
    if (!stock.mayWriteCatalogue(user)) {
      throw new AccessDeniedException("the catalogue is kept by emergency staff");
    }
    model.addAttribute("form", SupplyItemForm.of(stock.item(code, user)));
    model.addAttribute("code", code);
    return "command/item-form";
  }

  @PostMapping("/command/supply-items/{code}")
  String updateItem(
      @PathVariable String code,
      @ModelAttribute("form") SupplyItemForm form,
      Model model,
      Locale locale) {
    try {
      stock.updateItem(code, form.toDraft(), users.require());
      return "redirect:/command/supply-items";
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", errors.of(e, locale));
      model.addAttribute("code", code);
      return "command/item-form";
    }
  }
}
