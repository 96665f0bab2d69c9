// The committed map against the gazetteer it was generated from (scripts/make-map.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Hex, axialToOffset, hexDistance, hexNeighbors, offsetToAxial } from '../../src/engine/hex';
import { type AxialPair, type MapData, compileMap } from '../../src/engine/map';
import { isInGrid, latLonToHex } from '../../scripts/geo/grid';
import { type Geography, OBJECTIVES, buildMap, serializeMap } from '../../scripts/make-map';

const mapText = readFileSync(new URL('../../assets/maps/middle-euphrates.json', import.meta.url), 'utf8');
const geoText = readFileSync(new URL('../../assets/geo/geography.json', import.meta.url), 'utf8');
const map = JSON.parse(mapText) as MapData;
const geo = JSON.parse(geoText) as Geography;
const game = compileMap(map);

const toHex = ([q, r]: AxialPair): Hex => ({ q, r });
const isLand = (h: Hex): boolean => {
  const t = game.terrainAt(h);
  return t !== undefined && t !== 'river' && t !== 'island';
};
const hexesOf = (code: string): Hex[] => game.hexes.filter((h) => {
  const { col, row } = axialToOffset(h);
  return map.terrain[row]![col] === code;
});

describe('middle-euphrates map vs the gazetteer', () => {
  it('is the rectangle it claims to be', () => {
    expect(map.terrain).toHaveLength(map.rows);
    for (const row of map.terrain) expect(row).toMatch(new RegExp(`^[rvduhniaf]{${map.cols}}$`));
    expect(game.hexes).toHaveLength(map.cols * map.rows);
  });

  it('puts every on-map place within one hex of its projected position, with the gazetteer facts', () => {
    for (const p of map.places) {
      const g = geo.places.find((x) => x.name === p.name);
      expect(g, p.name).toBeDefined();
      expect({ kind: p.kind, lat: p.lat, lon: p.lon, bank: p.bank, source: p.source }, p.name)
        .toEqual({ kind: g!.kind, lat: g!.lat, lon: g!.lon, bank: g!.bank, source: g!.source });
      expect(hexDistance(toHex(p.hex), latLonToHex(p.lat, p.lon)), p.name).toBeLessThanOrEqual(1);
    }
  });

  it('keeps every place on land and on its own bank', () => {
    for (const p of map.places) {
      expect(isLand(toHex(p.hex)), p.name).toBe(true);
      if (p.bank !== '-') expect(game.bankOf(toHex(p.hex)), p.name).toBe(p.bank);
    }
  });

  it('lists exactly the places outside the map bounds as off-map, each with an edge hex', () => {
    const outside = geo.places.filter((p) => !isInGrid(latLonToHex(p.lat, p.lon))).map((p) => p.name);
    const inside = geo.places.filter((p) => isInGrid(latLonToHex(p.lat, p.lon))).map((p) => p.name);
    expect(map.offMap.map((p) => p.name)).toEqual(outside);
    expect(map.places.map((p) => p.name)).toEqual(inside);
    for (const p of map.offMap) {
      const { col, row } = axialToOffset(toHex(p.edgeHex));
      expect(game.isOnMap(toHex(p.edgeHex)), p.name).toBe(true);
      expect(col === 0 || row === 0 || col === map.cols - 1 || row === map.rows - 1, p.name).toBe(true);
    }
  });

  it('separates the banks with the river, its hexes and its sides', () => {
    expect(game.bankOf(offsetToAxial(0, map.rows - 1))).toBe('W');
    for (const h of game.hexes) {
      if (!isLand(h)) continue;
      const bank = game.bankOf(h);
      expect(bank).toBeDefined();
      for (const n of hexNeighbors(h)) {
        if (!isLand(n)) continue;
        if (game.riverBetween(h, n)) expect(game.bankOf(n), `${h.q},${h.r}`).not.toBe(bank);
        else expect(game.bankOf(n), `${h.q},${h.r}`).toBe(bank);
      }
    }
    expect(game.hexes.some((h) => game.bankOf(h) === 'E')).toBe(true);
  });

  it('runs the river along the side between the city and the industrial zone, and nowhere else', () => {
    const hexOf = (name: string): Hex => toHex(map.places.find((p) => p.name === name)!.hex);
    const city = hexOf('Deir ez-Zor');
    const zone = hexOf('Industrial zone (east bank)');
    expect(map.riverSides).toEqual([[city, zone].map((h) => [h.q, h.r])]);
    expect(hexDistance(city, zone)).toBe(1);
    expect(game.riverBetween(city, zone) && game.riverBetween(zone, city)).toBe(true);
    expect(hexNeighbors(city).filter((n) => game.riverBetween(city, n))).toEqual([zone]);
  });

  it('runs every road over land between neighbours', () => {
    for (const road of map.roads) {
      road.hexes.forEach((step, i) => {
        expect(isLand(toHex(step)), `${road.name} ${step.join(',')}`).toBe(true);
        if (i > 0) expect(hexDistance(toHex(road.hexes[i - 1]!), toHex(step)), road.name).toBe(1);
      });
    }
  });

  it('puts every bridge, destroyed, on a river hex between the banks', () => {
    expect(map.bridges.length).toBeGreaterThanOrEqual(5);
    for (const b of map.bridges) {
      expect(b.state, b.name).toBe('destroyed');
      expect(game.terrainAt(toHex(b.hex)), b.name).toBe('river');
      const banks = new Set(hexNeighbors(toHex(b.hex)).filter(isLand).map((n) => game.bankOf(n)));
      expect(banks, b.name).toEqual(new Set(['W', 'E']));
    }
  });

  it('makes both islands crossing points that touch both banks', () => {
    const islands = hexesOf('i');
    expect(islands).toHaveLength(2);
    for (const h of islands) {
      const banks = new Set(hexNeighbors(h).filter(isLand).map((n) => game.bankOf(n)));
      expect(banks).toEqual(new Set(['W', 'E']));
    }
    const city = map.places.find((p) => p.name === 'Deir ez-Zor')!;
    expect(islands.some((h) => hexDistance(h, toHex(city.hex)) === 1)).toBe(true);
  });

  it('keeps the Khabur on land, in a chain of neighbours', () => {
    map.khabur.forEach((step, i) => {
      expect(isLand(toHex(step))).toBe(true);
      if (i > 0) expect(hexDistance(toHex(map.khabur[i - 1]!), toHex(step))).toBe(1);
    });
  });

  it('gives the eight objectives eight distinct hexes', () => {
    const hexes = OBJECTIVES.map((name) => map.places.find((p) => p.name === name)?.hex.join(','));
    expect(hexes.every((h) => h !== undefined)).toBe(true);
    expect(new Set(hexes).size).toBe(8);
  });

  it('is exactly what the generator makes from the gazetteer', () => {
    expect(serializeMap(buildMap(geo))).toBe(mapText);
  });
});
